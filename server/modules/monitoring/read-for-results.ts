/** What results application (结果应用) reads from 运行监控: recoveries (收回) and red warnings per project. */
import { and, count, eq, sum } from 'drizzle-orm';
import { monitoringDisposals, monitoringEntries } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

export interface MonitoringOutcome {
  /** 分 recovered in the year. */
  recovered: number;
  recoveries: number;
  redWarnings: number;
}

/** Project id → recoveries and red warnings of the year's monitoring in the region. */
export async function monitoringOutcomesByProject(db: DbOrTx, regionCode: string, year: number) {
  const out = new Map<number, MonitoringOutcome>();
  const at = (id: number) => {
    const e = out.get(id) ?? { recovered: 0, recoveries: 0, redWarnings: 0 };
    out.set(id, e);
    return e;
  };
  const d = monitoringDisposals;
  const recoveries = await db
    .select({ projectId: d.projectId, amount: sum(d.amount).mapWith(Number), n: count() })
    .from(d)
    .where(and(eq(d.regionCode, regionCode), eq(d.year, year), eq(d.kind, 'recoverFunds')))
    .groupBy(d.projectId);
  for (const r of recoveries) Object.assign(at(r.projectId), { recovered: r.amount ?? 0, recoveries: r.n });
  const e = monitoringEntries;
  const reds = await db
    .select({ projectId: e.projectId, n: count() })
    .from(e)
    .where(and(eq(e.regionCode, regionCode), eq(e.year, year), eq(e.warningColor, 'red')))
    .groupBy(e.projectId);
  for (const r of reds) at(r.projectId).redWarnings = r.n;
  return out;
}
