/** Accounts and rows of the generated region that the page bench (bench/pages.ts) opens. */
import type { Database } from '../server/platform/db/client';
import { type Fixtures, MISSING } from '../server/test/security/route-fixtures';

/**
 * [fixture key of route-fixtures.ts, table, order]: the region's row a detail route opens ($2: the unit of the
 * unit account, whose rows come first so both accounts may open them).
 */
const UNIT_FIRST = '(unit_id = $2) desc nulls last, id';
const REGION_ROWS: [string, string, string][] = [
  ['project', 'project', '(unit_id = $2) desc, year desc, id'],
  ['target', 'performance_target', '(unit_id = $2) desc, year desc, id'],
  ['rectification', 'rectification_item', UNIT_FIRST],
  ['selfEvaluation', 'self_evaluation', UNIT_FIRST],
  ['monitoringRound', 'monitoring_round', 'id'],
  ['monitoringEntry', 'monitoring_entry', UNIT_FIRST],
  ['paymentHold', 'monitoring_payment_hold', UNIT_FIRST],
  ['resultsRun', 'results_run', 'id'],
  ['resultsLine', 'results_line', UNIT_FIRST],
  ['reviewBatch', 'review_batch', 'id'],
  ['reviewSample', 'review_sample', UNIT_FIRST],
  ['reviewFinding', 'review_finding', UNIT_FIRST],
  ['exAnte', 'ex_ante_assessment', UNIT_FIRST],
  ['keyEvaluation', 'key_evaluation', UNIT_FIRST],
  ['policy', 'policy_document', 'id'],
  ['training', 'training_session', 'id'],
  ['feedback', 'feedback_ticket', UNIT_FIRST],
  ['calendar', 'calendar_milestone', 'id'],
  ['indicator', 'library_indicator', 'id'],
  ['field', 'field', 'id'],
  ['attachment', 'attachment', 'id'],
  ['agency', 'agency', 'id'],
  ['engagement', 'agency_engagement', 'id'],
  ['expert', 'expert', 'id'],
];

/** The region's fixtures (rows of the chosen unit first); resources with no row there are MISSING. */
export async function regionFixtures(database: Database, region: string, unitId: number): Promise<Fixtures> {
  const q = async (text: string, params: unknown[]) => (await database.pool.query(text, params)).rows;
  const [unit] = await q('select department_id from org_unit where id = $1', [unitId]);
  const [user] = await q("select id from app_user where region_code = $1 and role = 'unit' order by id", [region]);
  const [bureau] = await q("select id from app_user where region_code = $1 and role = 'finance'", [region]);
  const f: Fixtures = {
    unitA: unitId,
    departmentA: unit.department_id,
    financeUser: bureau.id,
    user: user.id,
    orgUnit: unitId,
  };
  for (const [key, table, order] of REGION_ROWS) {
    const params = order.includes('$2') ? [region, unitId] : [region];
    const [row] = await q(`select id from ${table} where region_code = $1 order by ${order} limit 1`, params);
    f[key] = row?.id ?? MISSING;
  }
  const [finding] = await q('select id from key_evaluation_finding where evaluation_id = $1 order by id', [
    f.keyEvaluation,
  ]);
  f.keyFinding = finding?.id ?? MISSING;
  return f;
}

/** A budget-unit account whose unit has rectification items and review samples (so its detail pages exist). */
export async function unitAccount(database: Database, region: string) {
  const { rows } = await database.pool.query(
    `select u.username, u.org_id from app_user u
     where u.region_code = $1 and u.role = 'unit'
     order by exists (select 1 from rectification_item r where r.unit_id = u.org_id) desc,
              exists (select 1 from review_sample r where r.unit_id = u.org_id) desc,
              (select count(*) from project p where p.unit_id = u.org_id and p.year = 2025) desc, u.username
     limit 1`,
    [region],
  );
  return rows[0] as { username: string; org_id: number };
}

/**
 * The generator makes finance and budget-unit accounts only (server/demo/scale/org.ts), so the bench adds the
 * department account of the unit's department (d<region>_<department code>, same password) when it is missing.
 */
export async function departmentAccount(database: Database, region: string, unitId: number, passwordHash: string) {
  const { rows } = await database.pool.query(
    `insert into app_user (region_code, username, display_name, role, org_id, password_hash, must_change_password)
     select d.region_code, 'd' || d.region_code || '_' || d.code, '部门绩效管理员', 'department', d.id, $3, false
     from org_unit u join org_unit d on d.id = u.department_id where u.id = $2 and u.region_code = $1
     on conflict (username) do update set role = excluded.role returning username`,
    [region, unitId, passwordHash],
  );
  return rows[0].username as string;
}
