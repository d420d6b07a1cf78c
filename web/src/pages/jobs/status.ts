import type { JobStatus } from '../../../../core/enums';

export const JOB_STATUS_COLORS: Record<JobStatus, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
};

/** While a job on the page is queued or running, the list (and an open drawer) reloads this often. */
export const REFRESH_MS = 3_000;
