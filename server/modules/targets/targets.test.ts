import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const WAN = 1_000_000;
const good = [
  {
    level1: 'output',
    level2: 'quantity',
    name: '校舍维修改造面积',
    operator: '≥',
    targetValue: '3000',
    unit: '平方米',
    weight: 20,
  },
  {
    level1: 'output',
    level2: 'quality',
    name: '工程验收合格率',
    operator: '=',
    targetValue: '100',
    unit: '%',
    weight: 15,
  },
  {
    level1: 'output',
    level2: 'timeliness',
    name: '项目完成及时率',
    operator: '=',
    targetValue: '100',
    unit: '%',
    weight: 5,
  },
  {
    level1: 'output',
    level2: 'cost',
    name: '校舍维修单位成本',
    operator: '≤',
    targetValue: '800',
    unit: '元/平方米',
    weight: 10,
  },
  {
    level1: 'benefit',
    level2: 'socialBenefit',
    name: '校舍安全隐患消除率',
    operator: '=',
    targetValue: '100',
    unit: '%',
    weight: 30,
  },
  {
    level1: 'satisfaction',
    level2: 'serviceSatisfaction',
    name: '学生及家长满意度',
    operator: '≥',
    targetValue: '90',
    unit: '%',
    weight: 10,
  },
];

async function newProject(name = '测试校舍维修项目') {
  const unit = await t.as('unit');
  const res = await unit.post('/api/projects', {
    year: 2026,
    name,
    fieldCode: 'education',
    budgetType: 'general',
    projectKind: 'oneOff',
    startYear: 2026,
    endYear: 2026,
    totalAmount: 120 * WAN,
    requestedAmount: 120 * WAN,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: number; code: string; status: string };
}

describe('target workflow', () => {
  it('unit declares → department approves → finance returns one indicator → unit fixes and resubmits → approved and locked', async () => {
    const unit = await t.as('unit');
    const dept = await t.as('department');
    const finance = await t.as('finance');
    const project = await newProject();
    expect(project.code).toMatch(/^2026-104002-\d{3}$/);
    const created = (await unit.post('/api/targets', { projectId: project.id })).json() as { id: number };
    const id = created.id;

    // weights not adding up → saved as draft, but submission is refused with the check's message
    const bad = good.map((i, k) => (k === 0 ? { ...i, weight: 10 } : i));
    expect((await unit.put(`/api/targets/${id}`, { annualGoal: '完成校舍维修', indicators: bad })).statusCode).toBe(
      200,
    );
    const refused = await unit.post(`/api/targets/${id}/submit`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('VALIDATION_FAILED');
    expect(refused.json().message).toContain('分值合计');

    await unit.put(`/api/targets/${id}`, { annualGoal: '完成校舍维修', indicators: good });
    expect((await unit.post(`/api/targets/${id}/submit`)).json().status).toBe('submitted');
    // finance cannot skip the department
    expect((await finance.post(`/api/targets/${id}/review`, { decision: 'approve' })).statusCode).toBe(403);
    expect((await dept.post(`/api/targets/${id}/review`, { decision: 'approve' })).json().status).toBe(
      'departmentApproved',
    );

    const detail = (await finance.get(`/api/targets/${id}`)).json();
    expect(detail.allowedActions).toEqual(['approve', 'return']);
    const cost = detail.indicators.find((i: { name: string }) => i.name === '校舍维修单位成本');
    const returned = await finance.post(`/api/targets/${id}/review`, {
      decision: 'return',
      comment: '请调整成本指标',
      indicatorComments: [{ indicatorId: cost.id, comment: '单位成本偏高，请参照行业标准 650 元/平方米' }],
    });
    expect(returned.json().status).toBe('returned');

    const back = (await unit.get(`/api/targets/${id}`)).json();
    expect(back.allowedActions).toContain('submit');
    const commented = back.indicators.find((i: { id: number }) => i.id === cost.id);
    expect(commented.reviewComment).toContain('650');
    const inbox = (await unit.get('/api/inbox?tab=returned')).json();
    expect(JSON.stringify(inbox)).toContain(`/targets/${id}`);

    const fixed = back.indicators.map((i: Record<string, unknown>) => ({
      id: i.id,
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      operator: i.operator,
      targetValue: i.name === '校舍维修单位成本' ? '650' : i.targetValue,
      unit: i.unit,
      weight: Number(i.weight),
    }));
    const saved = await unit.put(`/api/targets/${id}`, {
      annualGoal: back.annualGoal,
      indicators: fixed,
      version: back.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await unit.post(`/api/targets/${id}/submit`)).json().status).toBe('submitted');
    await dept.post(`/api/targets/${id}/review`, { decision: 'approve' });
    const approved = await finance.post(`/api/targets/${id}/review`, { decision: 'approve' });
    expect(approved.json().status).toBe('approved');

    // approved targets are locked
    const locked = await unit.put(`/api/targets/${id}`, { annualGoal: 'x', indicators: good });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('INVALID_TRANSITION');

    // mid-year adjustment: a new version with the reason; the old one stays current until approved
    const v2 = (await unit.post(`/api/targets/${id}/adjust`, { reason: '年中预算调减，调整产出数量' })).json();
    expect(v2.versionNo).toBe(2);
    const v2detail = (await unit.get(`/api/targets/${v2.id}`)).json();
    expect(v2detail.versions.map((v: { versionNo: number; isCurrent: boolean }) => [v.versionNo, v.isCurrent])).toEqual(
      [
        [1, true],
        [2, false],
      ],
    );
    expect(v2detail.indicators).toHaveLength(good.length);
    const history = (await finance.get(`/api/audit/history?entity=target&entityId=${id}`)).json();
    expect(JSON.stringify(history)).toContain('年中预算调减');
  });

  it('a unit never sees another unit’s targets; a department sees only its units', async () => {
    const project = await newProject('范围测试项目');
    const unit = await t.as('unit');
    const id = (await unit.post('/api/targets', { projectId: project.id })).json().id as number;
    const unit2 = await t.as('unit2');
    expect((await unit2.get(`/api/targets/${id}`)).statusCode).toBe(404);
    const list = (await unit2.get('/api/targets?year=2026&pageSize=500')).json();
    expect(list.items.every((i: { id: number }) => i.id !== id)).toBe(true);
    expect((await unit2.get(`/api/projects/${project.id}`)).statusCode).toBe(404);
    const mine = (await unit.get('/api/targets?year=2026&pageSize=500')).json();
    expect(mine.items.some((i: { id: number }) => i.id === id)).toBe(true);
    const d = await t.as('d105');
    expect((await d.get(`/api/targets/${id}`)).statusCode).toBe(404);
  });

  it('the list shows each project once, at its newest version (the workflow test above adjusted one to v2)', async () => {
    const { rows } = await t.database.pool.query(
      'select project_id, max(version_no)::int as v, count(*)::int as n from performance_target where year = 2026 group by project_id',
    );
    expect(rows.some((r: { n: number }) => r.n > 1)).toBe(true);
    const list = (await (await t.as('finance')).get('/api/targets?year=2026&pageSize=500')).json();
    expect(list.total).toBe(rows.length);
    const listed = list.items.map((i: { projectId: number; versionNo: number }) => [i.projectId, i.versionNo]);
    const newest = rows.map((r: { project_id: number; v: number }) => [r.project_id, r.v]);
    const byProject = (a: number[], b: number[]) => a[0] - b[0];
    expect(listed.sort(byProject)).toEqual(newest.sort(byProject));
  });

  it('demo: every 2025 project has an approved current target; 2026 declarations are spread over the workflow', async () => {
    const { rows } = await t.database.pool.query(`
      select count(*)::int as n from project p where p.year = 2025
        and not exists (select 1 from performance_target t where t.project_id = p.id and t.is_current and t.status = 'approved')`);
    expect(rows[0].n).toBe(0);
    const finance = await t.as('finance');
    for (const status of ['draft', 'submitted', 'departmentApproved', 'returned', 'approved']) {
      const page = (await finance.get(`/api/targets?year=2026&status=${status}`)).json();
      expect(page.total, status).toBeGreaterThan(5);
    }
  });
});
