import { type JobContext, jobYear } from '../../platform/jobs/index';
import { runChecks } from './batches';
import * as repo from './repo';
import { isScreened, screenYear } from './screening';

/**
 * Job `reviews.rerunChecks`: after the review rules of a year change, runs the automated checks again over every
 * sample still under review (pending or resubmitted) in the open batches of the job's region and year. As with a
 * reviewer's own rerun, only proposed rule findings are replaced: what reviewers accepted, dropped or added stays.
 * One audit event per batch; the whole year commits together with the job's status.
 */
export async function rerunChecksJob({ tx, job, audit }: JobContext) {
  const year = jobYear(job);
  let samples = 0;
  let findings = 0;
  const batches = await repo.samplesUnderReview(tx, job.targetRegion, year);
  for (const { batchId, sampleIds } of batches) {
    const count = await runChecks(tx, job.targetRegion, year, sampleIds, job.createdBy);
    await audit({
      entity: 'reviewBatch',
      entityId: batchId,
      action: 'runChecks',
      after: { samples: sampleIds.length, findings: count },
    });
    samples += sampleIds.length;
    findings += count;
  }
  if (!(await isScreened(tx, job.targetRegion, year))) return { year, batches: batches.length, samples, findings };
  const screening = await screenYear(tx, job.targetRegion, year, job.createdBy);
  await audit({ entity: 'reviewScreening', entityId: year, action: 'run', after: screening });
  return { year, batches: batches.length, samples, findings, screened: screening.forms };
}
