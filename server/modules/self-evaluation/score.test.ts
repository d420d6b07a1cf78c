import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
let unit: Client;
beforeAll(async () => {
  t = await createTestApp();
  unit = await t.as('unit');
});
afterAll(() => t.close());

const row = (o: Record<string, unknown>) => ({
  level1: '产出指标',
  level2: '数量指标',
  name: '指标',
  unit: '个',
  weight: 10,
  target: 100,
  actual: 100,
  qualitativeLevel: null,
  claimedScore: null,
  ...o,
});
const body = (indicators: unknown[], budget = { annual: 1_000_000, executed: 800_000 }) => ({
  year: 2025,
  budget,
  weights: { execution: 10 },
  indicators,
});

describe('POST /api/self-evaluations/score (stable contract)', () => {
  it('[SCORE] computes execution as a fraction, every operator, total and grade', async () => {
    const res = await unit.post(
      '/api/self-evaluations/score',
      body([
        row({ operator: '≥', target: 100, actual: 80, weight: 20 }), // 16
        row({ operator: '>', target: 100, actual: 150, weight: 10 }), // 10, overAchieved
        row({ operator: '=', target: 0, actual: 0, weight: 10 }), // 10
        row({ operator: '≤', target: 100, actual: 150, weight: 10, level2: '成本指标' }), // 5
        row({ operator: '<', target: 100, actual: 200, weight: 10, level2: 'timeliness' }), // 0
        row({
          level1: '满意度指标',
          level2: '服务对象满意度指标',
          operator: '定性',
          target: null,
          actual: null,
          qualitativeLevel: '部分达成',
          claimedScore: 7,
          weight: 10,
        }), // 7
        row({ level1: 'benefit', level2: 'socialBenefit', operator: '≥', target: 90, actual: 95, weight: 30 }), // 30
      ]),
    );
    expect(res.statusCode).toBe(200);
    const json = res.json();
    expect(json.executionRate).toBe(0.8);
    expect(json.executionScore).toBe(8);
    expect(json.indicators.map((i: { score: number }) => i.score)).toEqual([16, 10, 10, 5, 0, 7, 30]);
    expect(json.indicators[1].flags).toContain('overAchieved');
    expect(json.indicators[0].maxScore).toBe(20);
    expect(json.total).toBe(86);
    expect(json.grade).toBe('良');
  });

  it('[SCORE] clamps claims above the rule score and flags them; band limits of 定性 rows', async () => {
    const res = await unit.post(
      '/api/self-evaluations/score',
      body(
        [
          row({ operator: '≥', target: 100, actual: 50, claimedScore: 10 }),
          row({ operator: '定性', target: null, actual: null, qualitativeLevel: '达成', claimedScore: 10 }),
          row({ operator: '定性', target: null, actual: null, qualitativeLevel: '未达成', claimedScore: 9 }),
        ],
        { annual: 1000, executed: 1500 },
      ),
    );
    const json = res.json();
    expect(json.executionRate).toBe(1.5);
    expect(json.executionScore).toBe(10);
    expect(json.indicators[0]).toMatchObject({ score: 5, flags: ['claimedAboveRule'] });
    expect(json.indicators[1].score).toBe(10);
    expect(json.indicators[2].score).toBe(5.99);
    expect(json.indicators[2].flags).toContain('claimOutsideBand');
    expect(json.total).toBe(30.99);
    expect(json.grade).toBe('差');
  });

  it('[SCORE] grade 优 at exactly 90 and zero budget gives rate 0', async () => {
    const res = await unit.post(
      '/api/self-evaluations/score',
      body([row({ operator: '=', target: 5, actual: 5, weight: 90 })], { annual: 0, executed: 0 }),
    );
    expect(res.json()).toMatchObject({ executionRate: 0, executionScore: 0, total: 90, grade: '优' });
  });

  it('[SCORE] 400 with the field path for invalid bodies', async () => {
    const bad = await unit.post('/api/self-evaluations/score', body([row({ operator: '≈' })]));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    expect(bad.json().details.issues.map((i: { path: string }) => i.path)).toContain('indicators.0.operator');
    const level = await unit.post('/api/self-evaluations/score', body([row({ level1: '投入指标' })]));
    expect(level.json().details.issues[0].path).toBe('indicators.0.level1');
    const money = await unit.post('/api/self-evaluations/score', { ...body([]), budget: { annual: -1, executed: 0 } });
    expect(money.json().details.issues[0].path).toBe('budget.annual');
  });

  it('[SCORE] requires sign-in', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/self-evaluations/score', payload: body([]) });
    expect(res.statusCode).toBe(401);
  });
});
