import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { TJobListQuery } from '../../../core/contracts/jobs';
import { backgroundJobs, users } from '../../db/schema/index';
import type { DbOrTx, Tx } from '../../platform/db/client';

const j = backgroundJobs;

/** The columns of a job on the list and the detail, with the name of who queued it. */
const columns = {
  id: j.id,
  kind: j.kind,
  targetRegion: j.targetRegion,
  payload: j.payload,
  status: j.status,
  attempts: j.attempts,
  runAfter: j.runAfter,
  createdBy: j.createdBy,
  createdByName: users.displayName,
  createdAt: j.createdAt,
  startedAt: j.startedAt,
  finishedAt: j.finishedAt,
  result: j.result,
  error: j.error,
};

/** A region's jobs, newest first, with the name of who queued each; one page and the total. */
export async function pageJobs(db: DbOrTx, regionCode: string, q: TJobListQuery) {
  const conds: SQL[] = [eq(j.targetRegion, regionCode)];
  if (q.status) conds.push(eq(j.status, q.status));
  if (q.kind) conds.push(eq(j.kind, q.kind));
  const where = and(...conds);
  const [items, [total]] = await Promise.all([
    db
      .select(columns)
      .from(j)
      .leftJoin(users, eq(users.id, j.createdBy))
      .where(where)
      .orderBy(desc(j.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(j).where(where),
  ]);
  return { items, total: total.n };
}

/** One job of the region (undefined for another region's job or none). */
export async function findJob(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select(columns)
    .from(j)
    .leftJoin(users, eq(users.id, j.createdBy))
    .where(and(eq(j.id, id), eq(j.targetRegion, regionCode)));
  return row;
}

/** A job of the region locked for a change in the caller's transaction (a runner's claim waits for it). */
export async function lockJob(tx: Tx, regionCode: string, id: number) {
  const [row] = await tx
    .select({ id: j.id, status: j.status, attempts: j.attempts, error: j.error })
    .from(j)
    .where(and(eq(j.id, id), eq(j.targetRegion, regionCode)))
    .for('update');
  return row;
}
