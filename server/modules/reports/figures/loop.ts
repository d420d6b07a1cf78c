import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import { aggregate } from '../../../platform/optional-table';

// Read-only aggregates over other modules' tables, by table name: those modules are built in parallel,
// so a missing table gives 0. Work-year conventions: an ex-ante assessment's year is the year it is carried
// out (the ex-ante module's own statistics use it so); the year-Y review batch (work_year = Y) reviews year
// Y-1 self-evaluations; library indicators of year Y+1 are the ones applied to next year's declarations.

/** 事前评估: concluded assessments carried out in the work year and the total cut (requested − recommended). */
export function exAnteFigures(db: DbOrTx, region: string, year: number) {
  return aggregate(
    db,
    'ex_ante_assessment',
    ['projects', 'cut'],
    sql`select count(*) as projects,
          coalesce(sum(greatest(requested_amount - coalesce(recommended_amount, requested_amount), 0)), 0) as cut
        from ex_ante_assessment where region_code = ${region} and year = ${year} and status = 'concluded'`,
  );
}

/** 自评复核: accepted findings (suggestions to units), the units that got them, samples and units returned. */
export async function reviewFigures(db: DbOrTx, region: string, year: number) {
  const findings = await aggregate(
    db,
    'review_finding',
    ['suggestions', 'units'],
    sql`select count(*) as suggestions, count(distinct f.unit_id) as units
        from review_finding f join review_batch b on b.id = f.batch_id
        where f.region_code = ${region} and b.work_year = ${year} and f.status = 'accepted'`,
  );
  const samples = await aggregate(
    db,
    'review_sample',
    ['samples', 'returnedUnits', 'returnedSamples'],
    sql`select count(*) as samples,
          count(distinct s.unit_id) filter (where s.returned_count > 0) as "returnedUnits",
          count(*) filter (where s.returned_count > 0) as "returnedSamples"
        from review_sample s join review_batch b on b.id = s.batch_id
        where s.region_code = ${region} and b.work_year = ${year}`,
  );
  return { ...findings, ...samples };
}

/** 事中监控: rounds of the year and projects with at least one filled entry. */
export function monitoringFigures(db: DbOrTx, region: string, year: number) {
  return aggregate(
    db,
    'monitoring_entry',
    ['projects', 'rounds'],
    sql`select count(distinct project_id) filter (where status <> 'draft') as projects, count(distinct round_id) as rounds
        from monitoring_entry where region_code = ${region} and year = ${year}`,
  );
}

/** 指标体系: key fields covered by the enabled library applied to next year's declarations. */
export function indicatorFigures(db: DbOrTx, region: string, year: number) {
  return aggregate(
    db,
    'library_indicator',
    ['fields', 'indicators'],
    sql`select count(distinct field_code) as fields, count(*) as indicators
        from library_indicator where region_code = ${region} and year = ${year + 1} and status = 'enabled'`,
  );
}

/** 整改: items raised in the work year and those closed out (销号). */
export function rectificationFigures(db: DbOrTx, region: string, year: number) {
  return aggregate(
    db,
    'rectification_item',
    ['total', 'closed'],
    sql`select count(*) as total, count(*) filter (where status = 'closed') as closed
        from rectification_item where region_code = ${region} and year = ${year}`,
  );
}
