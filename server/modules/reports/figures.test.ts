import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_TYPE_LABELS, BUDGET_TYPES } from '../../../core/enums';
import { evaluationKindLabels, evaluationKinds } from '../../../core/rules/key-evaluation/index';
import { createTestApp, type TestApp } from '../../test/app';

// The annual figures are read in one statement of one-row subqueries. The queries they replaced (one round trip per
// figure, key evaluations grouped and counted in JS, recoveries summed per department) are kept here as the
// reference, written as plain SQL: both must give every figure alike, also for rows at the edges of each definition.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const R = '420102';
const q = async (text: string, params: unknown[] = []) => (await t.database.pool.query(text, params)).rows;
const one = async (text: string, params: unknown[]) => (await q(text, params))[0] as Record<string, unknown>;
const n = (x: unknown) => Number(x ?? 0);

async function reference(year: number) {
  const p = [R, year];
  const docs = await one(
    `select count(*) as n from policy_document where region_code = $1 and is_current = true
      and issued_on >= $2 and issued_on <= $3`,
    [R, `${year}-01-01`, `${year}-12-31`],
  );
  const tr = await one(
    `select count(distinct s.id) as s, count(distinct a.unit_id) as u from training_session s
      left join training_attendance a on a.session_id = s.id
     where s.region_code = $1 and s.year = $2 and s.cancelled_at is null`,
    p,
  );
  const fb = await one(
    `select count(*) as total, count(*) filter (where status <> 'open') as answered from feedback_ticket
      where region_code = $1 and year = $2`,
    p,
  );
  const ea = await one(
    `select count(*) as projects, coalesce(sum(greatest(requested_amount - coalesce(recommended_amount, requested_amount), 0)), 0) as cut
       from ex_ante_assessment where region_code = $1 and year = $2 and status = 'concluded'`,
    p,
  );
  const rf = await one(
    `select count(*) as suggestions, count(distinct f.unit_id) as units from review_finding f
       join review_batch b on b.id = f.batch_id where f.region_code = $1 and b.work_year = $2 and f.status = 'accepted'`,
    p,
  );
  const rs = await one(
    `select count(distinct s.unit_id) filter (where s.returned_count > 0) as units from review_sample s
       join review_batch b on b.id = s.batch_id where s.region_code = $1 and b.work_year = $2`,
    p,
  );
  const me = await one(
    `select count(distinct project_id) filter (where status <> 'draft') as projects, count(distinct round_id) as rounds
       from monitoring_entry where region_code = $1 and year = $2`,
    p,
  );
  const li = await one(
    `select count(distinct field_code) as fields, count(*) as indicators from library_indicator
      where region_code = $1 and year = $2 and status = 'enabled'`,
    [R, year + 1],
  );
  const ri = await one(
    `select count(*) as total, count(*) filter (where status = 'closed') as closed from rectification_item
      where region_code = $1 and year = $2`,
    p,
  );
  const byDepartment = await q(
    `select d.department_id, sum(d.amount) as amount from monitoring_disposal d join org_unit dept on dept.id = d.department_id
      where d.region_code = $1 and d.year = $2 and d.kind = 'recoverFunds' group by d.department_id`,
    p,
  );
  const keys = await q(
    `select kind, budget_type, stage, count(*) as n from key_evaluation
      where region_code = $1 and year = $2 and stage <> 'cancelled' group by kind, budget_type, stage`,
    p,
  );
  const byKind = new Map<string, number>(evaluationKinds.map((k) => [k, 0]));
  const byBudgetType = new Map<string, number>(BUDGET_TYPES.map((b) => [b, 0]));
  for (const k of keys) {
    if (byKind.has(k.kind)) byKind.set(k.kind, (byKind.get(k.kind) ?? 0) + n(k.n));
    if (byBudgetType.has(k.budget_type))
      byBudgetType.set(k.budget_type, (byBudgetType.get(k.budget_type) ?? 0) + n(k.n));
  }
  const cut = await one(
    `select coalesce(sum(-l.final_change) filter (where l.final_change < 0), 0) as cut from results_line l
       join results_run r on r.id = l.run_id where r.region_code = $1 and r.year = $2 and l.decision <> 'pending'`,
    p,
  );
  return {
    year,
    policyDocuments: n(docs.n),
    trainingSessions: n(tr.s),
    trainingUnits: n(tr.u),
    feedbackTickets: n(fb.total),
    feedbackAnswered: n(fb.answered),
    exAnteProjects: n(ea.projects),
    exAnteCutFen: n(ea.cut),
    reviewUnits: n(rf.units),
    reviewSuggestions: n(rf.suggestions),
    reviewReturned: n(rs.units),
    monitoredProjects: n(me.projects),
    monitoringRounds: n(me.rounds),
    recoveryFen: byDepartment.reduce((s, r) => s + n(r.amount), 0),
    keyEvaluations: keys.reduce((s, k) => s + n(k.n), 0),
    keyEvaluationKinds: [...byKind].filter(([, c]) => c > 0).map(([k]) => evaluationKindLabels[k as 'project'] ?? k),
    keyEvaluationBudgetTypes: [...byBudgetType]
      .filter(([, c]) => c > 0)
      .map(([b]) => BUDGET_TYPE_LABELS[b as 'general'] ?? b),
    indicatorFields: n(li.fields),
    indicatorCount: n(li.indicators),
    nextYear: year + 1,
    rectificationTotal: n(ri.total),
    rectificationClosed: n(ri.closed),
    resultsCutFen: n(cut.cut),
  };
}

async function figures(year: number) {
  const res = await (await t.as('leader')).get(`/api/reports/annual?year=${year}`);
  expect(res.statusCode, res.body).toBe(200);
  const { regionName, ...f } = res.json().figures;
  expect(regionName).toBe('江岸区');
  return f;
}

describe('annual figures in one statement', () => {
  it('equal the per-figure queries they replaced on the demo rows, every year', async () => {
    for (const year of [2023, 2024, 2025, 2026]) expect(await figures(year)).toEqual(await reference(year));
    const f = await figures(2025);
    // The demo region has rows behind every figure, so the comparison above is not one of zeros.
    for (const [k, v] of Object.entries(f))
      if (k !== 'keyEvaluationKinds' && k !== 'keyEvaluationBudgetTypes') expect(v, k).toBeGreaterThan(0);
  });

  it('and with rows at the edges: cancelled, unknown kinds, a recovery of no department, pending results lines', async () => {
    const [unit] = await q(
      `select id, department_id from org_unit where region_code = $1 and kind = 'budgetUnit' order by id limit 1`,
      [R],
    );
    const [entry] = await q(
      `select id, round_id, project_id from monitoring_entry where region_code = $1 and year = 2025 order by id limit 1`,
      [R],
    );
    await q(
      `insert into monitoring_disposal (region_code, year, round_id, entry_id, project_id, unit_id, department_id, kind, amount, reason, approver)
       values ($1, 2025, $2, $3, $4, $5, $6, 'recoverFunds', 1234567, '测试', '局长'),
              ($1, 2025, $2, $3, $4, $5, 0, 'recoverFunds', 7654321, '无处室', '局长')`,
      [R, entry.round_id, entry.id, entry.project_id, unit.id, unit.department_id],
    );
    await q(
      `insert into key_evaluation (region_code, year, name, kind, budget_type, object_type, object_name, unit_id, department_id, framework, stage)
       values ($1, 2025, '已撤销评价', 'project', 'social', 'project', '已撤销评价', $2, $3, '{}'::jsonb, 'cancelled'),
              ($1, 2025, '未知类型评价', 'unknownKind', 'unknownType', 'project', '未知类型评价', $2, $3, '{}'::jsonb, 'planning')`,
      [R, unit.id, unit.department_id],
    );
    await q(
      `update results_line set decision = 'pending' where id = (select min(l.id) from results_line l join results_run r on r.id = l.run_id
        where r.region_code = $1 and r.year = 2025 and l.final_change < 0)`,
      [R],
    );
    await q(
      `update training_session set cancelled_at = now() where id = (select min(id) from training_session where region_code = $1 and year = 2025)`,
      [R],
    );
    for (const year of [2024, 2025]) expect(await figures(year)).toEqual(await reference(year));
  });
});
