import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { backgroundJobs, users } from '../../db/schema/index';
import { type AuditInput, audit, auditAnonymous } from '../audit';
import type { Ctx } from '../context';
import type { DbOrTx, Tx } from '../db/client';
import type { Job } from './types';

const j = backgroundJobs;

/** The channel a queued job is announced on; runners LISTEN on it (PostgreSQL) and claim at once. */
export const JOBS_CHANNEL = 'jixiao_jobs';

/** Wakes the runners when the caller's transaction commits (NOTIFY is delivered at commit, dropped on rollback). */
export async function notifyRunners(tx: Tx) {
  await tx.execute(sql`select pg_notify(${JOBS_CHANNEL}, '')`);
}

/**
 * Queues a job inside the caller's transaction, so it exists if and only if the change that needs it commits. A
 * job of the same kind, region and payload that has not been tried yet already covers the request (it reads the data
 * when it runs): it is locked (a runner skips it until this transaction ends) and returned instead of a second one.
 */
export async function enqueue(
  tx: Tx,
  ctx: Pick<Ctx, 'actor' | 'ip'>,
  input: { kind: string; targetRegion: string; payload: Record<string, unknown> },
): Promise<Job> {
  const [pending] = await tx
    .select()
    .from(j)
    .where(
      and(
        eq(j.kind, input.kind),
        eq(j.targetRegion, input.targetRegion),
        eq(j.status, 'queued'),
        // Not one waiting to retry after a failure: it may fail again for good.
        eq(j.attempts, 0),
        sql`${j.payload} = ${JSON.stringify(input.payload)}::jsonb`,
      ),
    )
    .orderBy(asc(j.id))
    .limit(1)
    .for('update');
  if (pending) return pending;
  const [job] = await tx
    .insert(j)
    .values({ kind: input.kind, targetRegion: input.targetRegion, payload: input.payload, createdBy: ctx.actor.userId })
    .returning();
  await audit(tx, ctx, { entity: 'backgroundJob', entityId: job.id, action: 'enqueue', after: input });
  await notifyRunners(tx);
  return job;
}

/**
 * Puts a failed job back in the queue for a new round of attempts, due now (a manual retry; the caller locks the
 * row, checks it and writes the audit event in the same transaction). Only a job still `failed` changes; returns
 * it, or undefined. The runners are woken at commit.
 */
export async function requeueFailed(tx: Tx, id: number): Promise<Job | undefined> {
  const [job] = await tx
    .update(j)
    .set({ status: 'queued', attempts: 0, runAfter: sql`now()`, startedAt: null, finishedAt: null, error: null })
    .where(and(eq(j.id, id), eq(j.status, 'failed')))
    .returning();
  if (job) await notifyRunners(tx);
  return job;
}

/**
 * Claims the next due job: queued and due, or running past the stale limit (its process died: a live run holds the
 * row locked, and SKIP LOCKED passes over it). Two runners never claim the same row. Commits at once, so the job
 * shows as running while it works.
 */
export async function claimNext(db: DbOrTx, staleAfterSeconds: number): Promise<Job | undefined> {
  const due = db
    .select({ id: j.id })
    .from(j)
    .where(
      or(
        and(eq(j.status, 'queued'), lte(j.runAfter, sql`now()`)),
        and(eq(j.status, 'running'), lt(j.startedAt, sql`now() - make_interval(secs => ${staleAfterSeconds})`)),
      ),
    )
    .orderBy(asc(j.runAfter), asc(j.id))
    .limit(1)
    .for('update', { skipLocked: true });
  const [job] = await db
    .update(j)
    .set({ status: 'running', attempts: sql`${j.attempts} + 1`, startedAt: sql`now()`, finishedAt: null })
    .where(inArray(j.id, due))
    .returning();
  return job;
}

/**
 * Locks a claimed job for its run, if this claim still owns it (same attempt, still running): a job reclaimed by
 * another runner after a stall is not finished twice. The lock also keeps stale reclaims away while it runs.
 */
export async function lockClaim(tx: Tx, job: Job) {
  const [row] = await tx
    .select({ id: j.id })
    .from(j)
    .where(and(eq(j.id, job.id), eq(j.status, 'running'), eq(j.attempts, job.attempts)))
    .for('update');
  return row !== undefined;
}

/** Marks a job done with its result (in the job's transaction). */
export async function markDone(tx: Tx, job: Job, result: unknown) {
  await tx
    .update(j)
    .set({ status: 'done', finishedAt: sql`clock_timestamp()`, result: result ?? null, error: null })
    .where(eq(j.id, job.id));
}

/**
 * Records a failed attempt: back to queued after the back-off, or failed for good at the limit. Only while the
 * claim still owns the job (returns false otherwise).
 */
export async function markFailed(tx: Tx, job: Job, error: string, retryInSeconds: number | null) {
  const rows = await tx
    .update(j)
    .set(
      retryInSeconds === null
        ? { status: 'failed', finishedAt: sql`clock_timestamp()`, error }
        : { status: 'queued', runAfter: sql`now() + make_interval(secs => ${retryInSeconds})`, error },
    )
    .where(and(eq(j.id, job.id), eq(j.status, 'running'), eq(j.attempts, job.attempts)))
    .returning({ id: j.id });
  return rows.length > 0;
}

/** An audit writer acting as the job's creator in the job's region ("后台任务" when no user queued it). */
export async function jobAuditor(tx: Tx, job: Job) {
  const [user] = job.createdBy
    ? await tx.select({ name: users.displayName }).from(users).where(eq(users.id, job.createdBy))
    : [];
  return (input: AuditInput) =>
    auditAnonymous(tx, {
      ...input,
      regionCode: job.targetRegion,
      ip: `job#${job.id}`,
      actorId: job.createdBy ?? undefined,
      actorName: user?.name ?? '后台任务',
    });
}

/** Finished jobs (done or failed) kept this long on the 后台任务 page before the maintenance run deletes them. */
export const FINISHED_JOB_DAYS = 90;

/** Deletes finished jobs older than `days` (their audit events stay); returns how many. Safe to run concurrently. */
export async function pruneFinishedJobs(db: DbOrTx, days = FINISHED_JOB_DAYS) {
  const rows = await db
    .delete(j)
    .where(and(inArray(j.status, ['done', 'failed']), lt(j.finishedAt, sql`now() - make_interval(days => ${days})`)))
    .returning({ id: j.id });
  return rows.length;
}
