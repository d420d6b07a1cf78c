import { ZYearPayload } from '../../../core/contracts/jobs';
import { AppError } from '../errors';
import type { Job } from './types';

/** The year a job works on (its payload `{ year }`); a job queued without one fails with a Chinese message. */
export function jobYear(job: Job): number {
  const parsed = ZYearPayload.safeParse(job.payload);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', '任务参数不正确：缺少有效的年度');
  return parsed.data.year;
}
