import { type JobContext, jobYear } from '../../platform/jobs/index';
import * as repo from './repo';
import { recomputeAuditOf, recomputeRound } from './warnings';

/**
 * Job `monitoring.recomputeYear`: recomputes the stored warnings of every round of the job's region and year
 * (queued when monitoring rules are saved, or by finance). Each round writes the same audit event as the manual
 * recompute; the whole year commits together with the job's status.
 */
export async function recomputeYearJob({ tx, job, audit }: JobContext) {
  const year = jobYear(job);
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
