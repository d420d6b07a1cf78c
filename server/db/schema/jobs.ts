import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, smallint, text, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, ts } from './columns';

/**
 * Background work queue (server/platform/jobs). The region a job works on is `target_region`, not `region_code`:
 * every table with a region_code gets change-stamp triggers (migration region_stamp_triggers), and queue bookkeeping
 * must not invalidate a region's cached figures — only the job's own writes do.
 */
export const backgroundJobs = pgTable(
  'background_job',
  {
    id: id(),
    kind: varchar('kind', { length: 60 }).notNull(),
    targetRegion: varchar('target_region', { length: 12 }).notNull(),
    payload: jsonb('payload').notNull().default({}),
    /** queued → running → done | failed (a failed attempt below the limit goes back to queued). */
    status: varchar('status', { length: 12 }).notNull().default('queued'),
    attempts: smallint('attempts').notNull().default(0),
    runAfter: ts('run_after').notNull().defaultNow(),
    createdBy: integer('created_by'),
    createdAt: createdAt(),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    result: jsonb('result'),
    error: text('error'),
  },
  (t) => [
    // Claiming reads only open jobs in run order; finished rows stay out of the index.
    index('background_job_claim_idx').on(t.runAfter, t.id).where(sql`${t.status} in ('queued', 'running')`),
    index('background_job_region_idx').on(t.targetRegion, t.id),
  ],
);
