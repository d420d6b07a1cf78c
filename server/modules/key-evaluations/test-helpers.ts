import { expect } from 'vitest';
import type { Client, TestApp } from '../../test/app';

type Indicator = { code: string; weight: number; method: { type: string; formula?: string } };

/** An input that earns about `share` of each indicator's weight, matching its scoring method. */
export function inputsFor(indicators: Indicator[], share = 0.9) {
  const inputs: Record<string, unknown> = {};
  for (const i of indicators) {
    const m = i.method;
    if (m.type === 'ratio')
      inputs[i.code] =
        m.formula === 'costSavingRate'
          ? { type: 'ratio', numerator: 95, denominator: 100 }
          : { type: 'ratio', numerator: share * 100, denominator: 100 };
    else if (m.type === 'bands') inputs[i.code] = { type: 'bands', value: 100 };
    else if (m.type === 'deduction') inputs[i.code] = { type: 'deduction', occurrences: 0 };
    else if (m.type === 'survey') inputs[i.code] = { type: 'survey', responses: [90, 95, 100, 85] };
    else inputs[i.code] = { type: 'judgement', score: Math.round(i.weight * share * 100) / 100 };
  }
  return inputs;
}

export async function orgId(t: TestApp, code: string) {
  const { rows } = await t.database.pool.query('select id from org_unit where code = $1', [code]);
  return rows[0].id as number;
}

export async function agencyIdByName(t: TestApp, like: string) {
  const { rows } = await t.database.pool.query('select id from agency where name like $1', [`%${like}%`]);
  return rows[0].id as number;
}

let seq = 0;
/** Finance plans an item evaluation of unit 104002 (教育局) and returns its id. */
export async function planItem(t: TestApp, finance: Client, kind = 'purchasedService', teamMode = 'agency') {
  const res = await finance.post('/api/key-evaluations', {
    year: 2025,
    kind,
    budgetType: 'general',
    objectType: 'item',
    objectName: `测试评价事项${Date.now()}-${seq++}`,
    unitId: await orgId(t, '104002'),
    amount: 3_000_000_00,
    teamMode,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as number;
}

/** Moves an evaluation with an engaged agency (or finance team) all the way to finalised. */
export async function runToFinalised(finance: Client, evaluator: Client, id: number, share = 0.9) {
  const act = async (c: Client, action: string, extra: Record<string, unknown> = {}) => {
    const r = await c.post(`/api/key-evaluations/${id}/transition`, { action, deliverable: `${action}成果`, ...extra });
    expect(r.statusCode, `${action}: ${r.body}`).toBe(200);
    return r.json();
  };
  await act(finance, 'issueNotice');
  await act(evaluator, 'confirmWorkPlan');
  await act(evaluator, 'startFieldWork');
  const detail = (await evaluator.get(`/api/key-evaluations/${id}`)).json();
  const s = await evaluator.put(`/api/key-evaluations/${id}/scores`, { inputs: inputsFor(detail.indicators, share) });
  expect(s.statusCode, s.body).toBe(200);
  await act(evaluator, 'submitPreliminary');
  await act(evaluator, 'requestViews');
  const r = await evaluator.put(`/api/key-evaluations/${id}/report-text`, {
    summary: '基本情况',
    conclusion: '总体完成目标',
    suggestions: '加强管理',
  });
  expect(r.statusCode, r.body).toBe(200);
  await act(evaluator, 'submitReport');
  return act(finance, 'finalise');
}
