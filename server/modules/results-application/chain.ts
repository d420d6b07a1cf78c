import { type SQL, sql } from 'drizzle-orm';
import { projects } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

export interface ChainProject {
  id: number;
  year: number;
  name: string;
  unitId: number;
  departmentId: number;
  projectKind: string;
  /** 分 */
  requestedAmount: number;
  /** 分 */
  approvedAmount: number | null;
  previousProjectId: number | null;
}

/**
 * The chains that carry a graded project into the target year, one statement: from each project of `starts` (a
 * union of one-column subqueries, from the modules that grade), walk forward along previousProjectId (this year →
 * next year …) among the region's projects of fromYear … toYear, at most 10 projects; a project with several
 * successors continues with the newest (highest id). Only chains of two or more projects whose last project is in
 * toYear are kept: start project id → its chain, in start id order.
 *
 * Only linked projects are read for the walk (partial index project_previous_idx), so the cost follows the links,
 * not the region's size.
 */
export async function chainsIntoYear(db: DbOrTx, region: string, fromYear: number, toYear: number, starts: SQL[]) {
  const p = projects;
  const inRange = sql`${p.regionCode} = ${region} and ${p.year} between ${fromYear} and ${toYear}`;
  const columns = sql`${p.year} as year, ${p.name} as name, ${p.unitId} as unit_id, ${p.departmentId} as department_id,
    ${p.projectKind} as project_kind, ${p.requestedAmount} as requested_amount, ${p.approvedAmount} as approved_amount`;
  // nx (each linked project under its predecessor, with the columns a line needs) and g are materialised: the planner
  // misjudges how many projects are linked (1 % of all, every one in a region that carries its projects over) and
  // otherwise nests loops over them.
  const res = await db.execute(sql`
    with recursive
      nx as materialized (
        select distinct on (${p.previousProjectId}) ${p.previousProjectId} as prev, ${p.id} as id, ${columns}
          from ${p} where ${inRange} and ${p.previousProjectId} is not null
         order by ${p.previousProjectId}, ${p.id} desc),
      g(id) as materialized (${sql.join(starts, sql` union `)}),
      walk as (
        select ${p.id} as start_id, 1 as depth, ${p.id} as id, ${columns}, ${p.previousProjectId} as prev from ${p}
         where ${p.id} in (select nx.prev from nx join g on g.id = nx.prev) and ${inRange}
        union all
        select w.start_id, w.depth + 1, n.id, n.year, n.name, n.unit_id, n.department_id, n.project_kind,
               n.requested_amount, n.approved_amount, n.prev
          from walk w join nx n on n.prev = w.id where w.depth < 10)
    select * from walk order by start_id, depth`);
  const walked = new Map<number, ChainProject[]>();
  for (const r of res.rows) {
    const start = Number(r.start_id);
    const list = walked.get(start) ?? [];
    walked.set(start, list);
    list.push({
      id: Number(r.id),
      year: Number(r.year),
      name: String(r.name),
      unitId: Number(r.unit_id),
      departmentId: Number(r.department_id),
      projectKind: String(r.project_kind),
      requestedAmount: Number(r.requested_amount),
      approvedAmount: r.approved_amount === null ? null : Number(r.approved_amount),
      previousProjectId: r.prev === null ? null : Number(r.prev),
    });
  }
  const chains = new Map<number, ChainProject[]>();
  for (const [start, chain] of walked)
    if (chain.length > 1 && chain[chain.length - 1].year === toYear) chains.set(start, chain);
  return chains;
}

/** The budget a proposal adjusts: approved if budgeted, else requested. */
export const budgetOf = (p: { approvedAmount: number | null; requestedAmount: number }) =>
  p.approvedAmount ?? p.requestedAmount;
