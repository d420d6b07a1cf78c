import { ERROR_MESSAGES, ERROR_STATUS, type ErrorCode } from '../../core/errors';

/** The one error type of the product: a stable code, a Chinese message and optional details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERROR_MESSAGES[code]);
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Throws NOT_FOUND when a row is missing (or hidden from the caller, which must look the same). */
export function found<T>(row: T | undefined | null, what = '记录'): T {
  if (row === undefined || row === null) throw new AppError('NOT_FOUND', `${what}不存在或无权查看`);
  return row;
}
