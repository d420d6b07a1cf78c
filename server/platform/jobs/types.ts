import type { backgroundJobs } from '../../db/schema/index';
import type { AuditInput } from '../audit';
import type { Tx } from '../db/client';

/** A background_job row. */
export type Job = typeof backgroundJobs.$inferSelect;

/** What a handler gets: the job's transaction, the job, and an audit writer acting as the job's creator. */
export interface JobContext {
  tx: Tx;
  job: Job;
  /** Writes an audit event in the job's region and transaction, by the user who caused the job. */
  audit(input: AuditInput): Promise<void>;
}

/** Does the job's work inside its transaction; the value returned is stored as the job's result. */
export type JobHandler = (c: JobContext) => Promise<unknown>;

/** Handlers by job kind (server/modules/job-handlers.ts registers the product's). */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** How the runner claims, retries and reclaims. */
export interface RunnerOptions {
  handlers: JobHandlers;
  /** Jobs run at once, each on its own connection (PGlite: 1, it is one session). */
  concurrency?: number;
  /** Idle wait between claims when nothing is due (the fallback on PostgreSQL, where a NOTIFY wakes the runner). */
  pollMs?: number;
  /** On PostgreSQL, LISTEN for queued jobs on a dedicated connection (default true; ignored on PGlite). */
  listen?: boolean;
  /** A job still `running` this long after its start, and not locked by a live transaction, is reclaimed. */
  staleAfterSeconds?: number;
  /** Attempts before a failing job is left `failed`. */
  maxAttempts?: number;
  /** Back-off before a retry: base × 2^(attempt − 1) seconds. */
  retryBaseSeconds?: number;
  log?: (msg: string) => void;
}

export const RUNNER_DEFAULTS = {
  concurrency: 2,
  pollMs: 2_000,
  listen: true,
  staleAfterSeconds: 600,
  maxAttempts: 3,
  retryBaseSeconds: 30,
} as const;
