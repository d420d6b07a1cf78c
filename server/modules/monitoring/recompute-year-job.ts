import { ZRecomputeYearPayload } from '../../../core/contracts/jobs';
import { AppError } from '../../platform/errors';
import type { JobContext } from '../../platform/jobs/index';
import * as repo from './repo';
import { recomputeAuditOf, recomputeRound } from './warnings';

/**
 * Job `monitoring.recomputeYear`: recomputes the stored warnings of every round of the job's region and year
 * (queued when monitoring rules are saved, or by finance). Each round writes the same audit event as the manual
 * recompute; the whole year commits together with the job's status.
 */
export async function recomputeYearJob({ tx, job, audit }: JobContext) {
  const parsed = ZRecomputeYearPayload.safeParse(job.payload);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', '任务参数不正确：缺少有效的年度');
  const { year } = parsed.data;
  const rounds = await repo.listRounds(tx, job.targetRegion, year);
  let entries = 0;
  let changedEntries = 0;
  let changedIndicators = 0;
  // Oldest round first, as a person would recompute them.
  for (const round of [...rounds].reverse()) {
    const result = await recomputeRound(tx, job.targetRegion, round.id);
    await audit(recomputeAuditOf(round.id, result));
    entries += result.entries;
    changedEntries += result.changedEntries;
    changedIndicators += result.changedIndicators;
  }
  return { year, rounds: rounds.length, entries, changedEntries, changedIndicators };
}
