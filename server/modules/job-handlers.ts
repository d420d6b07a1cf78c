import type { JobKind } from '../../core/enums';
import type { JobHandler } from '../platform/jobs/index';
import { recomputeYearJob } from './monitoring/recompute-year-job';
import { rerunChecksJob } from './reviews/rerun-checks-job';

/** The handler of every background job kind (core/enums JOB_KINDS), given to the runner. */
export const jobHandlers: Record<JobKind, JobHandler> = {
  'monitoring.recomputeYear': recomputeYearJob,
  'reviews.rerunChecks': rerunChecksJob,
};
