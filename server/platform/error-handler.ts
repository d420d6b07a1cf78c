import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_MESSAGES, type ErrorReply } from '../../core/errors';
import { AppError } from './errors';
import { describeIssue } from './request-field-labels';

interface PgError {
  code?: string;
  constraint?: string;
  cause?: unknown;
}

/** The PostgreSQL SQLSTATE of an error, also when Drizzle wraps the driver's error as its `cause`. */
function pgCodeOf(err: unknown): string | undefined {
  for (let e = err as PgError | undefined, depth = 0; e && depth < 3; e = e.cause as PgError | undefined, depth++)
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  return undefined;
}

const PG_CODES: Record<string, AppError> = {
  '23505': new AppError('DUPLICATE'),
  '23503': new AppError('VALIDATION_FAILED', '引用的记录不存在或仍被引用'),
  '22003': new AppError('VALIDATION_FAILED', '数值超出允许范围'),
  '22001': new AppError('VALIDATION_FAILED', '文本长度超出限制'),
  '22P02': new AppError('VALIDATION_FAILED', '数据格式不正确'),
  '40001': new AppError('CONFLICT'),
};

/** Maps any thrown error to `{ code, message, details }` with a stable code; 5xx never shows internals. */
export function toErrorReply(err: unknown): { status: number; body: ErrorReply } {
  if (err instanceof AppError)
    return { status: err.status, body: { code: err.code, message: err.message, details: err.details } };
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((v) => ({
      path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
      message: v.message ?? '',
    }));
    const first = issues[0];
    return {
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: first
          ? describeIssue(err.validationContext ?? 'body', first.path, first.message)
          : ERROR_MESSAGES.VALIDATION_FAILED,
        details: { issues },
      },
    };
  }
  const pgCode = pgCodeOf(err);
  if (pgCode && PG_CODES[pgCode]) {
    const mapped = PG_CODES[pgCode];
    return { status: mapped.status, body: { code: mapped.code, message: mapped.message } };
  }
  const fe = err as FastifyError;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413) {
    return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: ERROR_MESSAGES.PAYLOAD_TOO_LARGE } };
  }
  if (fe.statusCode === 429)
    return { status: 429, body: { code: 'RATE_LIMITED', message: ERROR_MESSAGES.RATE_LIMITED } };
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return {
      status: fe.statusCode === 404 ? 404 : 400,
      body: {
        code: fe.statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED',
        message: `请求格式不正确：${fe.message}`,
      },
    };
  }
  return { status: 500, body: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err, req, reply) => {
    const { status, body } = toErrorReply(err);
    if (status >= 500) req.log.error({ err }, 'unhandled error');
    return reply.status(status).send(body);
  });
}
