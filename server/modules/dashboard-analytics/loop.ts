import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { queryRows } from '../../platform/optional-table';
import { type Drill, drill } from './links';

export interface FunnelStep {
  key: string;
  label: string;
  /** The budget year of the projects this step counts (self-evaluation and review look back one year). */
  objectYear: number;
  value: number;
  link: Drill;
  /** The same step one work year earlier, for the comparison bar. */
  previous: number;
  previousLink: Drill;
}

type StepKey =
  | 'projects'
  | 'assessed'
  | 'targetsApproved'
  | 'monitored'
  | 'selfEvaluated'
  | 'reviewed'
  | 'keyEvaluated'
  | 'rectified';

/**
 * The loop as finance works it in work year Y (the annual report's conventions): year-Y projects, assessments
 * carried out in Y, year-Y targets and monitoring, self-evaluations of year Y−1 projects and their review in Y,
 * key evaluations of work year Y, rectification items of Y closed out.
 */
const STEPS: { key: StepKey; label: string; lag: number; link: (objectYear: number, year: number) => Drill }[] = [
  { key: 'projects', label: '项目', lag: 0, link: (y) => drill.projects(y) },
  { key: 'assessed', label: '事前评估', lag: 0, link: (y) => drill.exAnte(y) },
  { key: 'targetsApproved', label: '目标批复', lag: 0, link: (y) => drill.targets(y) },
  { key: 'monitored', label: '运行监控', lag: 0, link: (y) => drill.monitoring(y) },
  { key: 'selfEvaluated', label: '单位自评', lag: 1, link: (y) => drill.selfEvaluations(y) },
  { key: 'reviewed', label: '财政复核', lag: 1, link: (y) => drill.reviews(y) },
  { key: 'keyEvaluated', label: '重点评价', lag: 0, link: (_, year) => drill.keyEvaluations(year) },
  { key: 'rectified', label: '整改销号', lag: 0, link: (y) => drill.rectification(y, { status: 'closed' }) },
];

/** One round trip: every step's count for one work year, each a scalar sub-select on its module's indexed rows. */
async function countLoop(db: DbOrTx, region: string, year: number): Promise<Record<StepKey, number>> {
  const [row] = await queryRows<Record<StepKey, unknown>>(
    db,
    sql`select
      (select count(*) from project where region_code = ${region} and year = ${year} and status <> 'draft') as "projects",
      (select count(distinct project_id) from ex_ante_assessment
        where region_code = ${region} and year = ${year} and status = 'concluded') as "assessed",
      (select count(distinct project_id) from performance_target
        where region_code = ${region} and year = ${year} and is_current and status = 'approved') as "targetsApproved",
      (select count(distinct project_id) from monitoring_entry
        where region_code = ${region} and year = ${year} and status <> 'draft') as "monitored",
      (select count(distinct project_id) from self_evaluation
        where region_code = ${region} and year = ${year - 1} and status <> 'draft') as "selfEvaluated",
      (select count(distinct s.project_id) from review_sample s join review_batch b on b.id = s.batch_id
        where s.region_code = ${region} and b.region_code = ${region} and b.work_year = ${year}) as "reviewed",
      (select count(*) from key_evaluation
        where region_code = ${region} and year = ${year} and stage <> 'cancelled') as "keyEvaluated",
      (select count(*) from rectification_item
        where region_code = ${region} and year = ${year} and status = 'closed') as "rectified"`,
  );
  return Object.fromEntries(STEPS.map((s) => [s.key, Number(row?.[s.key] ?? 0)])) as Record<StepKey, number>;
}

/** The loop of work year Y beside work year Y−1; every bar links to the list it counts. */
export async function funnel(db: DbOrTx, region: string, year: number): Promise<FunnelStep[]> {
  const now = await countLoop(db, region, year);
  const before = await countLoop(db, region, year - 1);
  return STEPS.map((s) => ({
    key: s.key,
    label: s.label,
    objectYear: year - s.lag,
    value: now[s.key],
    link: s.link(year - s.lag, year),
    previous: before[s.key],
    previousLink: s.link(year - 1 - s.lag, year - 1),
  }));
}

/** Warning colours of the latest monitoring round of the year, by department. */
export async function warningsByDepartment(db: DbOrTx, region: string, year: number) {
  // Counts first (index-only on round, department, colour), names after: the latest round belongs to the region.
  const rows = await queryRows<{
    department_id: number;
    name: string;
    red: unknown;
    yellow: unknown;
    blue: unknown;
    green: unknown;
  }>(
    db,
    sql`with latest as (select max(round_id) as round_id from monitoring_entry where region_code = ${region} and year = ${year}),
        counts as (
          select e.department_id,
            count(*) filter (where e.warning_color = 'red') as red,
            count(*) filter (where e.warning_color = 'yellow') as yellow,
            count(*) filter (where e.warning_color = 'blue') as blue,
            count(*) filter (where e.warning_color = 'green') as green
          from monitoring_entry e where e.round_id = (select round_id from latest) group by e.department_id)
        select c.*, o.name from counts c join org_unit o on o.id = c.department_id order by o.sort`,
  );
  return rows
    .map((r) => ({
      departmentId: Number(r.department_id),
      name: r.name,
      red: Number(r.red),
      yellow: Number(r.yellow),
      blue: Number(r.blue),
      green: Number(r.green),
      link: drill.monitoring(year, { departmentId: Number(r.department_id), color: 'red' }),
    }))
    .filter((r) => r.red + r.yellow + r.blue + r.green > 0);
}
