import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { TJobListQuery } from '../../../core/contracts/jobs';
import { backgroundJobs, users } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

const j = backgroundJobs;

/** A region's jobs, newest first, with the name of who queued each; one page and the total. */
export async function pageJobs(db: DbOrTx, regionCode: string, q: TJobListQuery) {
  const conds: SQL[] = [eq(j.targetRegion, regionCode)];
  if (q.status) conds.push(eq(j.status, q.status));
  if (q.kind) conds.push(eq(j.kind, q.kind));
  const where = and(...conds);
  const [items, [total]] = await Promise.all([
    db
      .select({
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
      })
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
