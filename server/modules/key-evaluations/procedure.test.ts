import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { agencyIdByName, inputsFor, orgId, planItem } from './test-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const count = async (sqlText: string, params: unknown[] = []) =>
  Number((await t.database.pool.query(sqlText, params)).rows[0].n);

describe('key evaluation demo data', () => {
  it('2025 has exactly 10 key evaluations covering the four named kinds and all three budget types', async () => {
    const finance = await t.as('finance');
    const cov = (await finance.get('/api/key-evaluations/coverage?year=2025')).json();
    expect(cov.total).toBe(10);
    const kinds = Object.keys(cov.byKind).filter((k) => cov.byKind[k] > 0);
    expect(kinds.sort()).toEqual(['debt', 'departmentOverall', 'procurement', 'purchasedService']);
    for (const b of ['general', 'governmentFund', 'stateCapital']) expect(cov.byBudgetType[b]).toBeGreaterThan(0);
    expect(cov.finished).toBeGreaterThanOrEqual(6);
    const stages = new Set(
      (await finance.get('/api/key-evaluations?year=2025')).json().map((e: { stage: string }) => e.stage),
    );
    expect(stages.size).toBeGreaterThanOrEqual(4);
    expect(await count("select count(*) n from rectification_item where source = 'keyEvaluation'")).toBeGreaterThan(0);
  });

  it('two agencies were scored and paid by their score (≥ 90 → 100 %, 80–90 → 95 %)', async () => {
    const { rows } = await t.database.pool.query(
      `select e.quality_score::float s, e.payment_percent::float p, e.fee::bigint fee, e.payable::bigint payable,
        (select sum(amount) from agency_payment where engagement_id = e.id)::bigint paid
       from agency_engagement e where e.status = 'scored' order by e.quality_score desc`,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0].s).toBeGreaterThanOrEqual(90);
    expect(rows[0].p).toBe(100);
    expect(rows[1].s).toBeGreaterThanOrEqual(80);
    expect(rows[1].s).toBeLessThan(90);
    expect(rows[1].p).toBe(95);
    for (const r of rows) {
      expect(Number(r.payable)).toBe(Math.round((Number(r.fee) * r.p) / 100));
      expect(Number(r.paid)).toBe(Number(r.payable));
    }
  });
});

describe('key evaluation procedure', () => {
  it('plans, engages, scores, exchanges views, returns, finalises, raises findings and produces the Word report', async () => {
    const finance = await t.as('finance');
    const agency = await t.as('agency');
    const unit = await t.as('unit');
    const id = await planItem(t, finance);
    const fee = 12_345_67;
    const eng = await finance.post('/api/agencies/engagements', {
      evaluationId: id,
      agencyId: await agencyIdByName(t, '江晟'),
      fee,
    });
    expect(eng.statusCode, eng.body).toBe(200);
    const act = (c: typeof finance, action: string, extra: Record<string, unknown> = {}) =>
      c.post(`/api/key-evaluations/${id}/transition`, { action, deliverable: `${action}成果`, ...extra });
    expect((await act(agency, 'issueNotice')).statusCode).toBe(403);
    expect((await act(finance, 'issueNotice')).statusCode).toBe(200);
    expect((await act(agency, 'confirmWorkPlan')).statusCode).toBe(200);
    expect((await act(agency, 'startFieldWork')).statusCode).toBe(200);
    const detail = (await agency.get(`/api/key-evaluations/${id}`)).json();
    expect(detail.allowedActions).toContain('score');
    // preliminary conclusion needs every indicator scored
    const half = Object.fromEntries(Object.entries(inputsFor(detail.indicators)).slice(0, 3));
    expect((await agency.put(`/api/key-evaluations/${id}/scores`, { inputs: half, notes: {} })).statusCode).toBe(200);
    const early = await act(agency, 'submitPreliminary');
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toContain('评分未完成');
    const scored = await agency.put(`/api/key-evaluations/${id}/scores`, {
      inputs: inputsFor(detail.indicators),
      notes: { [detail.indicators[0].code]: '依据：会议纪要' },
    });
    expect(scored.statusCode, scored.body).toBe(200);
    expect(scored.json().totalScore).toBeGreaterThan(80);
    expect((await act(agency, 'submitPreliminary')).statusCode).toBe(200);
    expect((await act(agency, 'requestViews')).statusCode).toBe(200);
    // the evaluated unit sees its evaluation and writes its response
    const unitView = (await unit.get(`/api/key-evaluations/${id}`)).json();
    expect(unitView.allowedActions).toContain('respond');
    expect(unitView.engagement.fee).toBeNull();
    expect((await unit.post(`/api/key-evaluations/${id}/response`, { text: '对初步结论无异议' })).statusCode).toBe(200);
    const finding = await agency.post(`/api/key-evaluations/${id}/findings`, {
      problem: '服务合同未约定考核指标',
      requirement: '补充考核办法',
      severity: 'high',
      deadline: '2025-12-31',
    });
    expect(finding.statusCode, finding.body).toBe(200);
    expect((await act(agency, 'submitReport')).statusCode).toBe(400); // no conclusion yet
    await agency.put(`/api/key-evaluations/${id}/report-text`, {
      summary: '基本情况',
      conclusion: '总体完成',
      suggestions: '加强管理',
    });
    expect((await act(agency, 'submitReport')).statusCode).toBe(200);
    // finance returns the report with a reason, the agency resubmits
    expect((await act(finance, 'return')).statusCode).toBe(400);
    const ret = await act(finance, 'return', { reason: '问题分析不充分' });
    expect(ret.json().stage).toBe('preliminary');
    expect((await act(agency, 'requestViews')).statusCode).toBe(200);
    expect((await act(agency, 'submitReport')).statusCode).toBe(200);
    const before = await count(
      "select count(*) n from rectification_item where source = 'keyEvaluation' and source_id = $1",
      [id],
    );
    const fin = await act(finance, 'finalise', { deliverable: '评价报告定稿' });
    expect(fin.statusCode, fin.body).toBe(200);
    expect(fin.json().grade).toMatch(/[优良中差]/);
    expect(
      await count("select count(*) n from rectification_item where source = 'keyEvaluation' and source_id = $1", [id]),
    ).toBe(before + 1);
    const steps = (await finance.get(`/api/key-evaluations/${id}`)).json().steps;
    expect(steps.find((s: { step: string }) => s.step === 'final').deliverable).toBe('评价报告定稿');
    const report = await finance.get(`/api/key-evaluations/${id}/report`);
    expect(report.statusCode).toBe(200);
    expect(report.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses frameworks with weights not summing to 100 or 产出+效益 < 60 %, writing nothing', async () => {
    const finance = await t.as('finance');
    const id = await planItem(t, finance, 'procurement');
    const detail = (await finance.get(`/api/key-evaluations/${id}`)).json();
    const fw = structuredClone(detail.framework);
    fw.dimensions[0].weight += 5;
    const bad = await finance.put(`/api/key-evaluations/${id}/framework`, { framework: fw });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('一级指标权重合计应为100');
    // 决策 45 / 过程 20 / 产出 20 / 效益 15: sums to 100 but 产出+效益 = 35 %
    const skew = structuredClone(detail.framework);
    const set = (code: string, w: number) => {
      const d = skew.dimensions.find((x: { code: string }) => x.code === code);
      d.weight = w;
    };
    set('decision', 45);
    set('process', 20);
    set('output', 20);
    set('benefit', 15);
    const bad2 = await finance.put(`/api/key-evaluations/${id}/framework`, { framework: skew });
    expect(bad2.statusCode).toBe(400);
    expect(bad2.json().message).toContain('产出和效益指标权重合计应不低于60%');
    const after = (await finance.get(`/api/key-evaluations/${id}`)).json();
    expect(after.version).toBe(detail.version);
    expect(after.framework).toEqual(detail.framework);
    // a valid edit: move 2 points of a judgement indicator's method to deduction
    const ok = structuredClone(detail.framework);
    ok.name = '本次调整后的指标体系';
    const saved = await finance.put(`/api/key-evaluations/${id}/framework`, { framework: ok, version: detail.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().framework.name).toBe('本次调整后的指标体系');
  });

  it('an agency that is not engaged cannot score; nothing is written', async () => {
    const agency = await t.as('agency');
    const { rows } = await t.database.pool.query(
      `select k.id, k.version from key_evaluation k join agency_engagement e on e.evaluation_id = k.id join agency a on a.id = e.agency_id
       where k.stage = 'fieldWork' and a.name not like '%江晟%'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const res = await agency.put(`/api/key-evaluations/${rows[0].id}/scores`, {
      inputs: { x: { type: 'judgement', score: 1 } },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('未受托');
    const { rows: after } = await t.database.pool.query('select version from key_evaluation where id = $1', [
      rows[0].id,
    ]);
    expect(after[0].version).toBe(rows[0].version);
  });

  it('checks conflicts of interest and refuses suspended agencies', async () => {
    const finance = await t.as('finance');
    const id = await planItem(t, finance);
    const conflict = await finance.post('/api/agencies/engagements', {
      evaluationId: id,
      agencyId: await agencyIdByName(t, '楚衡'),
      fee: 100_000_00,
    });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().message).toContain('利益冲突');
    const boRui = await agencyIdByName(t, '博睿');
    expect(
      (await finance.post(`/api/agencies/${boRui}/status`, { status: 'suspended', reason: '报告质量问题' })).statusCode,
    ).toBe(200);
    const before = await count('select count(*) n from agency_engagement');
    const suspended = await finance.post('/api/agencies/engagements', {
      evaluationId: id,
      agencyId: boRui,
      fee: 100_000_00,
    });
    expect(suspended.statusCode).toBe(409);
    expect(suspended.json().code).toBe('GATE_BLOCKED');
    expect(suspended.json().message).toContain('暂停');
    expect(await count('select count(*) n from agency_engagement')).toBe(before);
    // a unit it served: registering the service makes 正弘 conflicted too
    const zh = await agencyIdByName(t, '正弘');
    expect(
      (
        await finance.post(`/api/agencies/${zh}/services`, {
          year: 2025,
          orgId: await orgId(t, '104002'),
          role: '专项审计',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await finance.post('/api/agencies/engagements', { evaluationId: id, agencyId: zh, fee: 100_000_00 })).statusCode,
    ).toBe(409);
  });
});

describe('planning under double submits', () => {
  it('a double-clicked 列入计划 puts the object on the plan once; the others are told it is already there', async () => {
    const finance = await t.as('finance');
    const objectName = `并发列入计划事项${Date.now()}`;
    const body = {
      year: 2025,
      kind: 'purchasedService',
      budgetType: 'general',
      objectType: 'item',
      objectName,
      unitId: await orgId(t, '104002'),
      amount: 1_000_000_00,
      teamMode: 'agency',
    };
    const replies = await Promise.all(Array.from({ length: 5 }, () => finance.post('/api/key-evaluations', body)));
    expect(replies.filter((r) => r.statusCode === 200)).toHaveLength(1);
    for (const r of replies.filter((x) => x.statusCode !== 200)) expect(r.json().code, r.body).toBe('DUPLICATE');
    expect(await count('select count(*) n from key_evaluation where object_name = $1', [objectName])).toBe(1);
  });
});
