/** What results application (结果应用) reads from 运行监控: recoveries (收回) and red warnings per project. */
import { and, eq, type SQL, sql } from 'drizzle-orm';
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
  const d = monitoringDisposals;
  const e = monitoringEntries;
  // One statement, both aggregates (a round trip less: results application reads this for every run).
  const res = await db.execute(sql`
    select ${d.projectId} as project_id, true as recovery, sum(${d.amount}) as amount, count(*) as n from ${d}
     where ${and(eq(d.regionCode, regionCode), eq(d.year, year), eq(d.kind, 'recoverFunds'))}
     group by ${d.projectId}
    union all
    select ${e.projectId}, false, null, count(*) from ${e}
     where ${and(eq(e.regionCode, regionCode), eq(e.year, year), eq(e.warningColor, 'red'))}
     group by ${e.projectId}`);
  for (const r of res.rows) {
    const id = Number(r.project_id);
    const o = out.get(id) ?? { recovered: 0, recoveries: 0, redWarnings: 0 };
    out.set(id, o);
    if (r.recovery) Object.assign(o, { recovered: Number(r.amount ?? 0), recoveries: Number(r.n) });
    else o.redWarnings = Number(r.n);
  }
  return out;
}

/**
 * The same as a subquery (project_id, recovered, recoveries, red_warnings), of the projects of `projectIds` (a
 * one-column subquery), for a statement of the reading module.
 */
export const monitoringOutcomesOf = (regionCode: string, year: number, projectIds: SQL): SQL => {
  const d = monitoringDisposals;
  const e = monitoringEntries;
  return sql`select project_id, coalesce(sum(amount) filter (where recovery), 0) as recovered,
      count(*) filter (where recovery) as recoveries, count(*) filter (where not recovery) as red_warnings
    from (select ${d.projectId} as project_id, true as recovery, ${d.amount} as amount from ${d}
           where ${d.regionCode} = ${regionCode} and ${d.year} = ${year} and ${d.kind} = 'recoverFunds'
             and ${d.projectId} in (${projectIds})
          union all
          select ${e.projectId}, false, null from ${e}
           where ${e.regionCode} = ${regionCode} and ${e.year} = ${year} and ${e.warningColor} = 'red'
             and ${e.projectId} in (${projectIds})) o
    group by project_id`;
};
