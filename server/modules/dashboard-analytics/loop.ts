import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { aggregate, queryRows, tableExists } from '../../platform/optional-table';
import { type Drill, drill } from './links';

export interface FunnelStep {
  key: string;
  label: string;
  value: number;
  link: Drill;
}

/** The loop of one budget year's projects as a funnel; each step counts distinct projects from its module's rows. */
export async function funnel(db: DbOrTx, region: string, year: number): Promise<FunnelStep[]> {
  const count = async (table: string, query: ReturnType<typeof sql>) => (await aggregate(db, table, ['n'], query)).n;
  const steps: [string, string, Promise<number>, Drill][] = [
    [
      'projects',
      '项目',
      count(
        'project',
        sql`select count(*) as n from project where region_code = ${region} and year = ${year} and status <> 'draft'`,
      ),
      drill.projects(year),
    ],
    [
      'assessed',
      '事前评估',
      count(
        'ex_ante_assessment',
        sql`select count(distinct project_id) as n from ex_ante_assessment where region_code = ${region} and year = ${year} and status = 'concluded'`,
      ),
      drill.exAnte(year),
    ],
    [
      'targetsApproved',
      '目标批复',
      count(
        'performance_target',
        sql`select count(distinct project_id) as n from performance_target where region_code = ${region} and year = ${year} and is_current and status = 'approved'`,
      ),
      drill.targets(year),
    ],
    [
      'monitored',
      '运行监控',
      count(
        'monitoring_entry',
        sql`select count(distinct project_id) as n from monitoring_entry where region_code = ${region} and year = ${year} and status <> 'draft'`,
      ),
      drill.monitoring(year),
    ],
    [
      'selfEvaluated',
      '单位自评',
      count(
        'self_evaluation',
        sql`select count(distinct project_id) as n from self_evaluation where region_code = ${region} and year = ${year} and status <> 'draft'`,
      ),
      drill.selfEvaluations(year),
    ],
    [
      'reviewed',
      '财政复核',
      count(
        'review_sample',
        sql`select count(distinct s.project_id) as n from review_sample s join review_batch b on b.id = s.batch_id where s.region_code = ${region} and b.year = ${year}`,
      ),
      drill.reviews(year),
    ],
    [
      'keyEvaluated',
      '重点评价',
      count(
        'key_evaluation',
        sql`select count(distinct k.project_id) as n from key_evaluation k join project p on p.id = k.project_id where k.region_code = ${region} and p.year = ${year} and k.stage <> 'cancelled'`,
      ),
      drill.keyEvaluations(year + 1),
    ],
    [
      'rectified',
      '整改销号',
      count(
        'rectification_item',
        sql`select count(distinct r.project_id) as n from rectification_item r join project p on p.id = r.project_id where r.region_code = ${region} and p.year = ${year} and r.status = 'closed'`,
      ),
      drill.rectification(year, { status: 'closed' }),
    ],
  ];
  const values = await Promise.all(steps.map((s) => s[2]));
  return steps.map(([key, label, , link], i) => ({ key, label, value: values[i], link }));
}

/** Warning colours of the latest monitoring round of the year, by department. */
export async function warningsByDepartment(db: DbOrTx, region: string, year: number) {
  if (!(await tableExists(db, 'monitoring_entry'))) return [];
  const rows = await queryRows<{
    department_id: number;
    name: string;
    red: unknown;
    yellow: unknown;
    blue: unknown;
    green: unknown;
  }>(
    db,
    sql`with latest as (select max(round_id) as round_id from monitoring_entry where region_code = ${region} and year = ${year})
        select e.department_id, o.name,
          count(*) filter (where e.warning_color = 'red') as red,
          count(*) filter (where e.warning_color = 'yellow') as yellow,
          count(*) filter (where e.warning_color = 'blue') as blue,
          count(*) filter (where e.warning_color = 'green') as green
        from monitoring_entry e join latest l on l.round_id = e.round_id join org_unit o on o.id = e.department_id
        where e.region_code = ${region} group by e.department_id, o.name, o.sort order by o.sort`,
  );
  return rows
    .map((r) => ({
      departmentId: Number(r.department_id),
      name: r.name,
      red: Number(r.red),
      yellow: Number(r.yellow),
      blue: Number(r.blue),
      green: Number(r.green),
      link: drill.monitoring(year, { departmentId: Number(r.department_id), warning: 'red' }),
    }))
    .filter((r) => r.red + r.yellow + r.blue + r.green > 0);
}
