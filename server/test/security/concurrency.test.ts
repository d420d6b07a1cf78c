import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app';
import { buildProject, buildTarget, orgByCode } from '../factories';
import { multipart } from '../multipart';
import { auditCount as countAudit, expectOneWinner, times } from './one-winner';

/** Concurrent double submits / approvals / closes: exactly one wins, the others get 409, one audit event. */
let t: TestApp;
let unit: Client;
let dept: Client;
let finance: Client;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  // Logins are rate limited: one session per account for the whole file.
  [unit, dept, finance, admin] = await Promise.all(['unit', 'department', 'finance', 'admin'].map((u) => t.as(u)));
});
afterAll(async () => t.close());

const auditCount = (entity: string, id: number, action: string) => countAudit(t, entity, id, action);

const indicators = [
  ['output', 'quantity', '校舍维修改造面积', '≥', '3000', '平方米', 20],
  ['output', 'quality', '工程验收合格率', '=', '100', '%', 15],
  ['output', 'timeliness', '项目完成及时率', '=', '100', '%', 5],
  ['output', 'cost', '校舍维修单位成本', '≤', '800', '元/平方米', 10],
  ['benefit', 'socialBenefit', '校舍安全隐患消除率', '=', '100', '%', 30],
  ['satisfaction', 'serviceSatisfaction', '学生及家长满意度', '≥', '90', '%', 10],
].map(([level1, level2, name, operator, targetValue, u, weight]) => ({
  level1,
  level2,
  name,
  operator,
  targetValue,
  unit: u,
  weight,
}));

describe('concurrent workflow transitions', () => {
  it('target: 5× submit, 5× department approve, 5× finance approve → one of each, one audit event each', async () => {
    const project = await unit.post('/api/projects', {
      year: 2026,
      name: '并发测试校舍维修项目',
      fieldCode: 'education',
      budgetType: 'general',
      projectKind: 'oneOff',
      startYear: 2026,
      endYear: 2026,
      totalAmount: 120_000_000,
      requestedAmount: 120_000_000,
    });
    expect(project.statusCode, project.body).toBe(200);
    const id = (await unit.post('/api/targets', { projectId: project.json().id })).json().id as number;
    expect((await unit.put(`/api/targets/${id}`, { annualGoal: '完成校舍维修', indicators })).statusCode).toBe(200);

    expect(expectOneWinner(await times(() => unit.post(`/api/targets/${id}/submit`))).status).toBe('submitted');
    expect(await auditCount('target', id, 'submit')).toBe(1);
    const approve = { decision: 'approve' };
    const d = expectOneWinner(await times(() => dept.post(`/api/targets/${id}/review`, approve)));
    expect(d.status).toBe('departmentApproved');
    const f = expectOneWinner(await times(() => finance.post(`/api/targets/${id}/review`, approve)));
    expect(f.status).toBe('approved');
    expect(await auditCount('target', id, 'approve')).toBe(2);
    const detail = (await finance.get(`/api/targets/${id}`)).json();
    expect(detail).toMatchObject({ status: 'approved', version: f.version });
  });

  it('rectification: 5× submit and 5× close → one each, one event and one audit row each', async () => {
    const unitId = (await orgByCode(t.database.db, '104002')).id;
    const raised = await finance.post('/api/rectifications', {
      year: 2025,
      unitId,
      problem: '并发测试：指标设置粗放',
      requirement: '细化量化指标',
      severity: 'medium',
      deadline: '2099-12-31',
    });
    expect(raised.statusCode, raised.body).toBe(200);
    const id = raised.json().id as number;
    await unit.post(`/api/rectifications/${id}/progress`, { note: '整改中' });
    const pdf = Buffer.from('%PDF-1.4\n整改佐证\n%%EOF');
    await unit.request(multipart('/api/attachments', pdf, 'a.pdf', { ownerEntity: 'rectification', ownerId: `${id}` }));
    expectOneWinner(await times(() => unit.post(`/api/rectifications/${id}/submit`, {})));
    const closed = expectOneWinner(await times(() => finance.post(`/api/rectifications/${id}/close`, {})));
    expect(closed.status).toBe('closed');
    const { rows } = await t.database.pool.query(
      'select action, count(*)::int as n from rectification_event where item_id = $1 group by action order by action',
      [id],
    );
    expect(rows).toEqual([
      { action: 'close', n: 1 },
      { action: 'issue', n: 1 },
      { action: 'progress', n: 1 },
      { action: 'submit', n: 1 },
    ]);
    expect(await auditCount('rectification', id, 'submit')).toBe(1);
    expect(await auditCount('rectification', id, 'closeOut')).toBe(1);
  });

  it('self-evaluation: 5× submit → one, one step row, one audit event', async () => {
    const org = await orgByCode(t.database.db, '104002');
    const project = await buildProject(t.database.db, {
      unitId: org.id,
      departmentId: org.departmentId,
      year: 2024,
      startYear: 2024,
      endYear: 2024,
      status: 'completed',
      name: '并发测试自评项目',
    });
    await buildTarget(t.database.db, project);
    const gen = await unit.post('/api/self-evaluations/generate', { year: 2024, projectId: project.id });
    expect(gen.statusCode, gen.body).toBe(200);
    const formId = gen.json().ids[0] as number;
    const detail = (await unit.get(`/api/self-evaluations/${formId}`)).json();
    const filled = await unit.put(`/api/self-evaluations/${formId}`, {
      version: detail.version,
      executedAmount: Math.round(detail.annualBudget * 0.9),
      actualOutcome: '',
      conclusion: '按计划完成各项任务。',
      problems: '无。',
      measures: '继续加强管理。',
      indicators: detail.indicators.map((r: { id: number; targetNumber: number; operator: string }) => ({
        id: r.id,
        actual: r.operator === '≤' ? r.targetNumber : r.targetNumber * 0.9,
        qualitativeLevel: null,
        claimedScore: null,
        deviationReason: '',
        improvement: '',
      })),
    });
    expect(filled.statusCode, filled.body).toBe(200);
    const sub = expectOneWinner(await times(() => unit.post(`/api/self-evaluations/${formId}/submit`, {})));
    expect(sub.status).toBe('submitted');
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from self_evaluation_step where self_evaluation_id = $1 and action = 'submit'`,
      [formId],
    );
    expect(rows[0].n).toBe(1);
    expect(await auditCount('selfEvaluation', formId, 'submit')).toBe(1);
  });
});

describe('optimistic versions', () => {
  it('a stale update returns 409 CONFLICT and the first writer’s change is kept', async () => {
    const org = (await orgByCode(t.database.db, '104002')).id;
    const created = await admin.post('/api/users', {
      username: `conc${Date.now().toString(36)}`,
      displayName: '并发测试用户',
      role: 'unit',
      orgId: org,
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().id as number;
    const user = (await admin.get(`/api/users/${id}`)).json();
    const base = { role: user.role, orgId: user.orgId, phone: user.phone, status: user.status, version: user.version };
    const first = await admin.put(`/api/users/${id}`, { ...base, displayName: '第一次修改' });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await admin.put(`/api/users/${id}`, { ...base, displayName: '基于旧版本的修改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    const after = (await admin.get(`/api/users/${id}`)).json();
    expect(after).toMatchObject({ displayName: '第一次修改', version: user.version + 1 });
    expect(await auditCount('user', id, 'update')).toBe(1);
  });
});
