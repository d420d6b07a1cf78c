export { claimNext, enqueue } from './queue';
export { drainJobs, startJobRunner } from './runner';
export type { Job, JobContext, JobHandler, JobHandlers, RunnerOptions } from './types';
