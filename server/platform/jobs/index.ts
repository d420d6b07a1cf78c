export { jobYear } from './payload';
export {
  claimNext,
  enqueue,
  FINISHED_JOB_DAYS,
  JOBS_CHANNEL,
  notifyRunners,
  pruneFinishedJobs,
  requeueFailed,
} from './queue';
export { drainJobs, startJobRunner } from './runner';
export type { Job, JobContext, JobHandler, JobHandlers, RunnerOptions } from './types';
