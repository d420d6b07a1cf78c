import type { Pool } from 'pg';

/**
 * Rows the route walk points its `:id` at, looked up in the demo data (never hard-coded ids). Unit-owned rows
 * belong to the `unit` account's unit (unit A) and the `department` account's department (department A) where the
 * demo has one, so `unit2` (a unit of another department) and `otherDepartment` are the non-owner pair.
 */
export type Fixtures = Record<string, number>;

/** The id used where the demo has no row of a resource. */
export const MISSING = 99_999_999;

/** [resource, SQL returning `id`] — $1 unit A's org id, $2 department A's org id (when used); the first row is used. */
const LOOKUPS: [string, string][] = [
  ['project', 'select id from project where unit_id = $1 and year = 2025 order by id'],
  [
    'target',
    'select t.id from performance_target t join project p on p.id = t.project_id where p.unit_id = $1 order by t.id',
  ],
  ['rectification', 'select id from rectification_item where unit_id = $1 order by id'],
  ['selfEvaluation', 'select id from self_evaluation where unit_id = $1 order by id'],
  ['exAnte', 'select id from ex_ante_assessment order by (unit_id = $1) desc, (department_id = $2) desc, id'],
  [
    'keyEvaluation',
    'select id from key_evaluation order by (unit_id = $1) desc nulls last, (department_id = $2) desc, id',
  ],
  ['monitoringRound', 'select id from monitoring_round order by id desc'],
  ['monitoringEntry', 'select id from monitoring_entry where unit_id = $1 order by id desc'],
  ['paymentHold', 'select id from monitoring_payment_hold order by (unit_id = $1) desc, (department_id = $2) desc, id'],
  ['resultsRun', 'select id from results_run order by id desc'],
  ['resultsLine', 'select id from results_line order by (unit_id = $1) desc, id'],
  ['reviewBatch', 'select id from review_batch order by id'],
  ['reviewSample', 'select id from review_sample order by (unit_id = $1) desc, (department_id = $2) desc, id'],
  [
    'reviewFinding',
    'select f.id from review_finding f join review_sample s on s.id = f.sample_id order by (s.unit_id = $1) desc, (s.department_id = $2) desc, f.id',
  ],
  ['policy', 'select id from policy_document order by id'],
  ['training', 'select id from training_session order by id'],
  ['feedback', 'select id from feedback_ticket order by id'],
  ['job', 'select id from background_job order by id'],
  ['calendar', 'select id from calendar_milestone order by id'],
  ['indicator', 'select id from library_indicator order by id'],
  ['field', 'select id from field order by id'],
  // A unit of department A that no walking account belongs to (PUT may rename or move it).
  [
    'orgUnit',
    "select id from org_unit where kind = 'budgetUnit' and department_id = $2 and id <> $1 and id not in (select org_id from app_user where username in ('unit', 'unit2')) order by id",
  ],
  // A unit account that no walking client uses (PUT / reset-password may disable or reset it).
  [
    'user',
    "select u.id from app_user u join org_unit o on o.id = u.org_id where u.role = 'unit' and o.department_id = $2 and u.org_id <> $1 and u.username not in ('unit', 'unit2') order by u.id",
  ],
  [
    'attachment',
    "select a.id from attachment a left join project p on a.owner_entity = 'project' and p.id = a.owner_id left join self_evaluation s on a.owner_entity = 'selfEvaluation' and s.id = a.owner_id order by (coalesce(p.unit_id, s.unit_id) = $1) desc nulls last, (coalesce(p.department_id, s.department_id) = $2) desc nulls last, a.id",
  ],
  [
    'agency',
    "select a.id from agency a left join app_user u on u.username = 'agency' and u.org_id = a.org_id order by (u.id is not null) desc, a.id",
  ],
  [
    'engagement',
    "select e.id from agency_engagement e join agency a on a.id = e.agency_id left join app_user u on u.username = 'agency' and u.org_id = a.org_id order by (u.id is not null) desc, e.id",
  ],
  [
    'expert',
    "select e.id from expert e left join app_user u on u.username = 'expert' and u.id = e.user_id order by (u.id is not null) desc, e.id",
  ],
];

/** Which resource a path's `:id` (or `:findingId`, `:unitId`, `:projectId`) stands for; first match wins. */
const RESOURCE_OF: [RegExp, string][] = [
  [/^\/api\/org\/units\//, 'orgUnit'],
  [/^\/api\/org\/fields\//, 'field'],
  [/^\/api\/users\//, 'user'],
  [/^\/api\/attachments\//, 'attachment'],
  [/^\/api\/(projects|monitoring\/projects|ex-ante\/gate)\//, 'project'],
  [/^\/api\/indicators\//, 'indicator'],
  [/^\/api\/targets\//, 'target'],
  [/^\/api\/policies\//, 'policy'],
  [/^\/api\/trainings\//, 'training'],
  [/^\/api\/feedback\//, 'feedback'],
  [/^\/api\/jobs\//, 'job'],
  [/^\/api\/work-calendar\//, 'calendar'],
  [/^\/api\/rectifications\//, 'rectification'],
  [/^\/api\/monitoring\/rounds\//, 'monitoringRound'],
  [/^\/api\/monitoring\/entries\//, 'monitoringEntry'],
  [/^\/api\/monitoring\/payment-holds\//, 'paymentHold'],
  [/^\/api\/results-application\/runs\//, 'resultsRun'],
  [/^\/api\/results-application\/lines\//, 'resultsLine'],
  [/^\/api\/self-evaluations\//, 'selfEvaluation'],
  [/^\/api\/reviews\/batches\//, 'reviewBatch'],
  [/^\/api\/reviews\/screening\/forms\//, 'selfEvaluation'],
  [/^\/api\/reviews\/units\//, 'unitA'],
  [/^\/api\/reviews\/samples\//, 'reviewSample'],
  [/^\/api\/reviews\/findings\//, 'reviewFinding'],
  [/^\/api\/ex-ante\/assessments\//, 'exAnte'],
  [/^\/api\/experts\//, 'expert'],
  [/^\/api\/key-evaluations\//, 'keyEvaluation'],
  [/^\/api\/agencies\/engagements\//, 'engagement'],
  [/^\/api\/agencies\//, 'agency'],
];

export async function loadFixtures(pool: Pool): Promise<Fixtures> {
  const org = async (username: string) => {
    const { rows } = await pool.query(
      'select u.org_id as id, o.department_id as dept from app_user u join org_unit o on o.id = u.org_id where username = $1',
      [username],
    );
    if (!rows[0]) throw new Error(`no demo account ${username}`);
    return rows[0] as { id: number; dept: number };
  };
  const unitA = await org('unit');
  const deptA = (await org('department')).id;
  const { rows: financeRows } = await pool.query("select id from app_user where username = 'finance'");
  const fixtures: Fixtures = { unitA: unitA.id, departmentA: deptA, financeUser: financeRows[0].id };
  for (const [resource, sql] of LOOKUPS) {
    const used = Math.max(0, ...[...sql.matchAll(/\$(\d)/g)].map((m) => Number(m[1])));
    const { rows } = await pool.query(sql, [unitA.id, deptA].slice(0, used));
    // A resource the demo has no row of is walked with an id that does not exist (reported as such by the test).
    fixtures[resource] = (rows[0]?.id as number | undefined) ?? MISSING;
  }
  const { rows } = await pool.query('select id from key_evaluation_finding where evaluation_id = $1 order by id', [
    fixtures.keyEvaluation,
  ]);
  fixtures.keyFinding = rows[0]?.id ?? MISSING;
  return fixtures;
}

/** The URL of a route with its path parameters pointing at the fixture rows; null when no fixture is mapped. */
export function fixturePath(path: string, f: Fixtures): string | null {
  const resource = RESOURCE_OF.find(([re]) => re.test(path))?.[1];
  let unmapped = false;
  const url = path.replace(/:(\w+)/g, (_, name: string) => {
    if (name === 'area') return 'scoring';
    if (name === 'kind') return 'project';
    if (name === 'findingId') return String(f.keyFinding);
    const id = resource ? f[resource] : undefined;
    if (id === undefined) unmapped = true;
    return String(id ?? MISSING);
  });
  return unmapped ? null : url;
}
