import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import { num, oneRowEach } from './one-row';

// Read-only aggregates over other modules' tables, by table name, each a one-row subquery that the annual report
// reads in one statement. Work-year conventions: an ex-ante assessment's year is the year it is carried out (the
// ex-ante module's own statistics use it so); the year-Y review batch (work_year = Y) reviews year Y-1
// self-evaluations; library indicators of year Y+1 are the ones applied to next year's declarations.

/** 事前评估: concluded assessments carried out in the work year and the total cut (requested − recommended). */
export const exAnteSql = (region: string, year: number): SQL =>
  sql`select count(*) as projects,
        coalesce(sum(greatest(requested_amount - coalesce(recommended_amount, requested_amount), 0)), 0) as cut
      from ex_ante_assessment where region_code = ${region} and year = ${year} and status = 'concluded'`;

export async function exAnteFigures(db: DbOrTx, region: string, year: number) {
  const { exAnte } = await oneRowEach(db, { exAnte: exAnteSql(region, year) });
  return { projects: num(exAnte, 'projects'), cut: num(exAnte, 'cut') };
}

/** The other loop parts, each a one-row subquery. */
export function loopParts(region: string, year: number) {
  return {
    exAnte: exAnteSql(region, year),
    // 自评复核: accepted findings (suggestions to units) and the units that got them; samples and units returned.
    // (The batches by id list: the join made the planner scan every region's findings.)
    findings: sql`select count(*) as suggestions, count(distinct f.unit_id) as units from review_finding f
        where f.batch_id = any(array(select b.id from review_batch b where b.work_year = ${year}))
          and f.region_code = ${region} and f.status = 'accepted'`,
    samples: sql`select count(distinct s.unit_id) filter (where s.returned_count > 0) as "returnedUnits"
        from review_sample s join review_batch b on b.id = s.batch_id
        where s.region_code = ${region} and b.work_year = ${year}`,
    // 事中监控: rounds of the year and projects with at least one filled entry.
    monitoring: sql`select count(distinct project_id) filter (where status <> 'draft') as projects,
          count(distinct round_id) as rounds
        from monitoring_entry where region_code = ${region} and year = ${year}`,
    // 指标体系: key fields covered by the enabled library applied to next year's declarations.
    indicators: sql`select count(distinct field_code) as fields, count(*) as indicators
        from library_indicator where region_code = ${region} and year = ${year + 1} and status = 'enabled'`,
    // 整改: items raised in the work year and those closed out (销号).
    rectification: sql`select count(*) as total, count(*) filter (where status = 'closed') as closed
        from rectification_item where region_code = ${region} and year = ${year}`,
  };
}
