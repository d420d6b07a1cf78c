import { and, asc, desc, inArray, isNotNull } from 'drizzle-orm';
import { monitoringEntries } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

/**
 * 全年执行数 for self-evaluations: the paid amount of each project's latest monitoring entry that has one
 * (one query for many projects). Read-only; the self-evaluation module calls this instead of reading the table.
 */
export async function latestPaidByProject(db: DbOrTx, projectIds: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (projectIds.length === 0) return out;
  const rows = await db
    .select({ projectId: monitoringEntries.projectId, paid: monitoringEntries.paid })
    .from(monitoringEntries)
    .where(and(inArray(monitoringEntries.projectId, projectIds), isNotNull(monitoringEntries.paid)))
    .orderBy(asc(monitoringEntries.projectId), desc(monitoringEntries.id));
  for (const r of rows) if (!out.has(r.projectId) && r.paid !== null) out.set(r.projectId, r.paid);
  return out;
}
