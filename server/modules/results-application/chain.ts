import { type SQL, sql } from 'drizzle-orm';
import { projects } from '../../db/schema/index';

/** A project on a chain: what the evidence of a line names (monitoring and ex-ante are told by year). */
export interface ChainStep {
  id: number;
  year: number;
}

/** The last project of a chain, in the target year: the one a line adjusts. */
export interface NextProject extends ChainStep {
  name: string;
  unitId: number;
  departmentId: number;
  projectKind: string;
  /** 分 */
  requestedAmount: number;
  /** 分 */
  approvedAmount: number | null;
}

/**
 * The chains that carry a graded project into the target year, as the CTEs of one statement (after `with recursive`):
 * from each project of `starts` (a union of one-column subqueries, from the modules that grade), walk forward along
 * previousProjectId (this year → next year …) among the region's projects of fromYear … toYear, at most 10 projects;
 * a project with several successors continues with the newest (highest id). Only chains of two or more projects whose
 * last project is in toYear are kept: `chain` (start_id, depth, id, year, chain_length), `kept(start_id)` and
 * `on_chain(id)`, the projects on them.
 *
 * The walk carries ids and years only, so both its reads are index-only (project_previous_idx for the links,
 * project_list_idx for the first projects); the columns of a line come from the last projects alone (nextProjects).
 */
export function chainWalk(region: string, fromYear: number, toYear: number, starts: SQL[]): SQL {
  const p = projects;
  const inRange = sql`${p.regionCode} = ${region} and ${p.year} between ${fromYear} and ${toYear}`;
  // nx (each linked project under its predecessor) and g are materialised: the planner misjudges how many projects
  // are linked (1 % of all, every one in a region that carries its projects over) and otherwise nests loops over them.
  return sql`
      nx as materialized (
        select distinct on (${p.previousProjectId}) ${p.previousProjectId} as prev, ${p.id} as id, ${p.year} as year
          from ${p} where ${inRange} and ${p.previousProjectId} is not null
         order by ${p.previousProjectId}, ${p.id} desc),
      g(id) as materialized (${sql.join(starts, sql` union `)}),
      walk as (
        select ${p.id} as start_id, 1 as depth, ${p.id} as id, ${p.year} as year from ${p}
         where ${p.id} in (select nx.prev from nx join g on g.id = nx.prev) and ${inRange}
        union all
        select w.start_id, w.depth + 1, n.id, n.year from walk w join nx n on n.prev = w.id where w.depth < 10),
      chain as materialized (
        select * from (select w.*, first_value(w.depth) over last as chain_length, first_value(w.year) over last as last_year
                         from walk w window last as (partition by w.start_id order by w.depth desc)) c
         where c.chain_length > 1 and c.last_year = ${toYear}),
      kept(start_id) as materialized (select distinct start_id from chain),
      on_chain(id) as materialized (select distinct id from chain)`;
}

/**
 * The columns a line needs of each chain's last project (`lastId`), to join to a statement over the chains (the
 * region and target year narrow the other plan, a scan, to that year's projects).
 */
export function nextProjects(region: string, toYear: number, lastId: SQL) {
  const p = projects;
  return {
    columns: sql`${p.id} as id, ${p.year} as year, ${p.name} as name, ${p.unitId} as unit_id,
      ${p.departmentId} as department_id, ${p.projectKind} as project_kind, ${p.requestedAmount} as requested_amount,
      ${p.approvedAmount} as approved_amount`,
    join: sql`join ${p} on ${p.id} = ${lastId} and ${p.regionCode} = ${region} and ${p.year} = ${toYear}`,
  };
}

/** A row with the columns of nextProjects as a project. */
export const nextProjectOf = (r: Record<string, unknown>): NextProject => ({
  id: Number(r.id),
  year: Number(r.year),
  name: String(r.name),
  unitId: Number(r.unit_id),
  departmentId: Number(r.department_id),
  projectKind: String(r.project_kind),
  requestedAmount: Number(r.requested_amount),
  approvedAmount: r.approved_amount === null ? null : Number(r.approved_amount),
});

/** The budget a proposal adjusts: approved if budgeted, else requested. */
export const budgetOf = (p: { approvedAmount: number | null; requestedAmount: number }) =>
  p.approvedAmount ?? p.requestedAmount;
