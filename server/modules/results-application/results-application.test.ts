import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { buildProject, orgByCode } from '../../test/factories';

let t: TestApp;
const sessions = new Map<string, Client>();
async function as(username: string) {
  const c = sessions.get(username) ?? (await t.as(username));
  sessions.set(username, c);
  return c;
}

interface Chain {
  p2024: number;
  p2025: number;
  p2026: number;
}
let poor: Chain;
let fair: Chain;
let unitId: number;
let departmentId: number;

const W = 1_000_000; // 1万元 in 分

async function chain(name: string, budget2026: number, projectKind = 'oneOff'): Promise<Chain> {
  const base = { unitId, departmentId, projectKind, name };
  const p2024 = await buildProject(t.database.db, { ...base, year: 2024, status: 'completed' });
  const p2025 = await buildProject(t.database.db, {
    ...base,
    year: 2025,
    previousProjectId: p2024.id,
    status: 'executing',
  });
  const p2026 = await buildProject(t.database.db, {
    ...base,
    year: 2026,
    previousProjectId: p2025.id,
    status: 'inLibrary',
    requestedAmount: budget2026,
    approvedAmount: null,
    adjustedAmount: null,
  });
  return { p2024: p2024.id, p2025: p2025.id, p2026: p2026.id };
}

async function keyEvaluation(projectId: number, grade: string, score: number) {
  await t.database.pool.query(
    `insert into key_evaluation (region_code, year, name, kind, budget_type, object_type, project_id, object_name, unit_id,
       department_id, framework, stage, total_score, grade)
     values ('420102', 2025, $1, 'project', 'general', 'project', $2, $1, $3, $4, '{}'::jsonb, 'finalised', $5, $6)`,
    [`重点评价${projectId}`, projectId, unitId, departmentId, score, grade],
  );
}

const requested = async (id: number) =>
  Number(
    (await t.database.pool.query('select requested_amount from project where id = $1', [id])).rows[0].requested_amount,
  );

beforeAll(async () => {
  t = await createTestApp();
  ({ id: unitId, departmentId } = await orgByCode(t.database.db, '104002'));
  poor = await chain('社区学校维修改造', 200 * W);
  fair = await chain('课后服务补助', 100 * W, 'recurring');
  await keyEvaluation(poor.p2024, '差', 52.5);
  await keyEvaluation(fair.p2024, '中', 71);
  // Monitoring recovered 30万元 from the 2025 project; an open rectification item on it; ex-ante cut on it.
  await t.database.pool.query(
    `insert into monitoring_disposal (region_code, year, round_id, entry_id, project_id, unit_id, department_id, kind, amount, reason, approver)
     values ('420102', 2025, 0, 0, $1, $2, $3, 'recoverFunds', $4, '执行缓慢', '局长')`,
    [poor.p2025, unitId, departmentId, 30 * W],
  );
  await t.database.pool.query(
    `insert into rectification_item (region_code, year, source, project_id, unit_id, department_id, problem, requirement, deadline)
     values ('420102', 2025, 'keyEvaluation', $1, $2, $3, '验收资料缺失', '补齐验收资料', '2099-01-01')`,
    [fair.p2025, unitId, departmentId],
  );
  await t.database.pool.query(
    `insert into ex_ante_assessment (region_code, year, project_id, unit_id, department_id, field_code, status, requested_amount, recommended_amount)
     values ('420102', 2025, $1, $2, $3, 'education', 'concluded', $4, $5)`,
    [poor.p2025, unitId, departmentId, 220 * W, 200 * W],
  );
});
afterAll(async () => t.close());

async function linesFor(c: Client, runId: number) {
  return (await c.get(`/api/results-application/runs/${runId}/lines`)).json() as {
    id: number;
    projectId: number;
    nextProjectId: number;
    proposedAction: string;
    proposedChange: number;
    proposedCutPercent: number | null;
    decision: string;
    evidence: { kind: string; detail: string }[];
    reason: string;
  }[];
}

describe('results application', () => {
  let runId: number;

  it('proposes from the evidence chain: 差 → cancel next year, 中 + open rectification → cut 25 %', async () => {
    const finance = await as('finance');
    const res = await finance.post('/api/results-application/runs', { year: 2025 });
    expect(res.statusCode, res.body).toBe(200);
    runId = res.json().runId;
    const lines = await linesFor(finance, runId);
    const p = lines.find((l) => l.projectId === poor.p2024);
    expect(p).toMatchObject({ nextProjectId: poor.p2026, proposedAction: 'cancel', proposedChange: -200 * W });
    expect(p?.evidence.map((e) => e.kind)).toEqual(['keyEvaluation', 'monitoring', 'exAnte']);
    expect(p?.evidence[1].detail).toContain('30.00万元');
    expect(p?.evidence[2].detail).toContain('核减20.00万元');
    const f = lines.find((l) => l.projectId === fair.p2024);
    expect(f).toMatchObject({ proposedAction: 'cut', proposedCutPercent: 25, proposedChange: -25 * W });
    expect(f?.evidence.map((e) => e.kind)).toEqual(['keyEvaluation', 'rectification']);
    expect(f?.reason).toContain('尚有1项整改事项未销号');
  });

  it('accepting changes next year budget exactly once; accepting or regenerating again never cuts twice', async () => {
    const finance = await as('finance');
    const line = (await linesFor(finance, runId)).find((l) => l.projectId === fair.p2024);
    if (!line) throw new Error('no line');
    const ok = await finance.post(`/api/results-application/lines/${line.id}/accept`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await requested(fair.p2026)).toBe(75 * W);
    const again = await finance.post(`/api/results-application/lines/${line.id}/accept`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INVALID_TRANSITION');
    const decided = (await linesFor(finance, runId)).filter((l) => l.decision !== 'pending').length;
    expect((await finance.post('/api/results-application/runs', { year: 2025 })).json()).toMatchObject({
      kept: decided,
    });
    expect(await requested(fair.p2026)).toBe(75 * W);
    const after = (await linesFor(finance, runId)).filter((l) => l.projectId === fair.p2024);
    expect(after).toHaveLength(1);
    expect(after[0].decision).toBe('accepted');
  });

  it('override needs a reason: without one 400 and nothing written; with one the chosen budget applies', async () => {
    const finance = await as('finance');
    const line = (await linesFor(finance, runId)).find((l) => l.projectId === poor.p2024);
    if (!line) throw new Error('no line');
    const audits = async () =>
      (await t.database.pool.query(`select count(*)::int as n from audit_event where entity = 'resultsLine'`)).rows[0]
        .n;
    const before = await audits();
    const bad = await finance.post(`/api/results-application/lines/${line.id}/override`, {
      action: 'cut',
      newBudget: 100 * W,
      reason: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    expect(await requested(poor.p2026)).toBe(200 * W);
    expect(await audits()).toBe(before);
    const ok = await finance.post(`/api/results-application/lines/${line.id}/override`, {
      action: 'cut',
      newBudget: 100 * W,
      reason: '民生托底项目，改为压减一半',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await requested(poor.p2026)).toBe(100 * W);
    const totals = (await finance.get('/api/results-application/totals?year=2025')).json();
    expect(totals.cutsFromResults).toBeGreaterThanOrEqual(125 * W);
    expect(totals.recoveries).toBeGreaterThanOrEqual(30 * W);
    expect(totals.exAnteCuts).toBeGreaterThanOrEqual(20 * W);
  });

  it('what-if changes the cut percentage and shows the effect by department, without writing', async () => {
    const finance = await as('finance');
    const base = (await finance.get(`/api/results-application/runs/${runId}/what-if`)).json();
    const more = (await finance.get(`/api/results-application/runs/${runId}/what-if?cutPercent=30`)).json();
    expect(more.total.change).toBeLessThan(base.total.change);
    const dept = more.byDepartment.find((d: { departmentId: number }) => d.departmentId === departmentId);
    expect(dept.change).toBeLessThanOrEqual(dept.baselineChange);
    expect((await finance.get(`/api/results-application/runs/${runId}/what-if?cutPercent=130`)).statusCode).toBe(400);
  });

  it('scoping and roles: units are refused, departments only read their own, exports work', async () => {
    expect((await (await as('unit')).get('/api/results-application/runs?year=2025')).statusCode).toBe(403);
    const dept = await as('department');
    const lines = await linesFor(dept, runId);
    expect(lines.length).toBeGreaterThan(0);
    expect((await dept.post('/api/results-application/runs', { year: 2025 })).statusCode).toBe(403);
    const other = await as('d105');
    const theirs = (await other.get(`/api/results-application/runs/${runId}/lines`)).json();
    expect(theirs.every((l: { departmentId: number }) => l.departmentId !== departmentId)).toBe(true);
    const finance = await as('finance');
    expect(
      (await finance.get(`/api/results-application/runs/${runId}/export`)).rawPayload.subarray(0, 2).toString(),
    ).toBe('PK');
    const doc = await finance.get(`/api/results-application/runs/${runId}/summary`);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
  });

  it("a department's totals cover its own projects only (not the district's)", async () => {
    const dept = await as('department');
    const deptId = (await t.database.pool.query(`select org_id from app_user where username = 'department'`)).rows[0]
      .org_id as number;
    const mine = (await dept.get('/api/results-application/totals?year=2025')).json();
    const district = (await (await as('finance')).get('/api/results-application/totals?year=2025')).json();
    const q = async (text: string) => (await t.database.pool.query(text, [deptId])).rows[0];
    const lines = await q(`select coalesce(sum(-l.final_change) filter (where l.final_change < 0), 0)::float8 as cuts,
        count(*) filter (where l.final_change < 0)::int as n,
        count(*) filter (where l.final_action = 'prioritise')::int as prio
      from results_line l join results_run r on r.id = l.run_id
      where r.year = 2025 and l.decision <> 'pending' and l.department_id = $1`);
    const exAnte =
      await q(`select count(*)::int as n, coalesce(sum(a.requested_amount - a.recommended_amount), 0)::float8 as cut
      from ex_ante_assessment a join project p on p.id = a.project_id
      where a.year = 2025 and a.status = 'concluded' and a.recommended_amount is not null and p.department_id = $1`);
    const recovered = await q(`select coalesce(sum(d.amount), 0)::float8 as amount from monitoring_disposal d
      join project p on p.id = d.project_id where d.year = 2025 and d.kind = 'recoverFunds' and p.department_id = $1`);
    expect(mine).toMatchObject({
      cutsFromResults: lines.cuts,
      cutProjects: lines.n,
      prioritisedProjects: lines.prio,
      exAnteAssessments: exAnte.n,
      exAnteCuts: exAnte.cut,
      recoveries: recovered.amount,
    });
    expect(mine.prioritisedProjects).toBeLessThan(district.prioritisedProjects);
  });
});
