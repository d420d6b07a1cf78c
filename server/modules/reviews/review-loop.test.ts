import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rectificationItems, users } from '../../db/schema/index';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { buildProject, buildTarget, orgByCode } from '../../test/factories';

let t: TestApp;
let unit: Client;
let unit2: Client;
let dept: Client;
let finance: Client;
let expert: Client;
let formId: number;
let projectId: number;
const BIG = 9_000_000_000_000; // 9 亿元 in 分: only this test's project is above it

beforeAll(async () => {
  t = await createTestApp();
  [unit, unit2, dept, finance, expert] = await Promise.all(
    ['unit', 'unit2', 'department', 'finance', 'expert'].map((u) => t.as(u)),
  );
  const org = await orgByCode(t.database.db, '104002');
  const project = await buildProject(t.database.db, {
    unitId: org.id,
    departmentId: org.departmentId,
    year: 2024,
    startYear: 2024,
    endYear: 2024,
    status: 'completed',
    approvedAmount: BIG + 100_000,
    adjustedAmount: BIG + 100_000,
    name: '复核闭环测试校舍维修改造项目',
  });
  projectId = project.id;
  await buildTarget(t.database.db, project);
});
afterAll(() => t.close());

async function fill(client: Client, executedRate: number, texts: { conclusion: string }) {
  const detail = (await client.get(`/api/self-evaluations/${formId}`)).json();
  const indicators = detail.indicators.map((r: { id: number; targetNumber: number; operator: string }) => ({
    id: r.id,
    actual: r.operator === '≤' ? r.targetNumber : r.targetNumber * 0.9,
    qualitativeLevel: null,
    claimedScore: null,
    deviationReason: '',
    improvement: '',
  }));
  return client.put(`/api/self-evaluations/${formId}`, {
    version: detail.version,
    executedAmount: Math.round(detail.annualBudget * executedRate),
    actualOutcome: '',
    conclusion: texts.conclusion,
    problems: '无。',
    measures: '继续加强管理。',
    indicators,
  });
}

describe('self-evaluation → review → return → resubmit → pass', () => {
  it('[SELF-EVALUATION][CREATE] pre-fills the form from the approved target and project budget', async () => {
    const res = await unit.post('/api/self-evaluations/generate', { year: 2024, projectId });
    expect(res.statusCode).toBe(200);
    formId = res.json().ids[0];
    const detail = (await unit.get(`/api/self-evaluations/${formId}`)).json();
    expect(detail.annualBudget).toBe(BIG + 100_000);
    expect(detail.indicators).toHaveLength(6);
    expect(detail.allowedActions).toContain('edit');
    expect((await unit2.get(`/api/self-evaluations/${formId}`)).statusCode).toBe(404);
  });

  it('[SELF-EVALUATION][UPDATE] scores live, rejects claims above the rule and texts over 200 chars', async () => {
    const long = await fill(unit, 0.6, { conclusion: '长'.repeat(201) });
    expect(long.statusCode).toBe(400);
    const ok = await fill(unit, 0.6, { conclusion: '按计划完成各项任务，效果良好。' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().executionRate).toBe(60);
    const detail = (await unit.get(`/api/self-evaluations/${formId}`)).json();
    expect(detail.score.executionScore).toBe(6);
    expect(detail.total).toBe(detail.score.total);
    const bad = await unit.put(`/api/self-evaluations/${formId}`, {
      version: detail.version,
      executedAmount: detail.executedAmount,
      actualOutcome: '',
      conclusion: 'x',
      problems: '',
      measures: '',
      indicators: [
        {
          id: detail.indicators[0].id,
          actual: 1,
          qualitativeLevel: null,
          claimedScore: 20,
          deviationReason: '',
          improvement: '',
        },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('不能高于规则得分');
  });

  it('[SELF-EVALUATION][WORKFLOW] submit → department → finance, then locked', async () => {
    expect((await dept.post(`/api/self-evaluations/${formId}/departmentApprove`, {})).statusCode).toBe(409);
    expect((await unit.post(`/api/self-evaluations/${formId}/submit`, {})).statusCode).toBe(200);
    expect((await dept.post(`/api/self-evaluations/${formId}/departmentApprove`, {})).statusCode).toBe(200);
    expect((await finance.post(`/api/self-evaluations/${formId}/approve`, {})).statusCode).toBe(200);
    const locked = await fill(unit, 0.7, { conclusion: '改' });
    expect(locked.statusCode).toBe(409);
  });

  let batchId: number;
  let sampleId: number;
  it('[REVIEW][SAMPLE] reproducible draw by rules with automated findings', async () => {
    batchId = (await finance.post('/api/reviews/batches', { year: 2024, workYear: 2025, name: '测试复核批次' })).json()
      .id;
    const params = {
      seed: 7,
      randomCount: 0,
      amountAbove: BIG,
      excellentExecutionBelow: null,
      lastYearProblemUnits: false,
    };
    const drawn = await finance.post(`/api/reviews/batches/${batchId}/sample`, params);
    expect(drawn.json()).toMatchObject({ sampled: 1 });
    const batch = (await finance.get(`/api/reviews/batches/${batchId}`)).json();
    sampleId = batch.samples[0].id;
    expect(batch.samples[0].reasons).toBe('amount');
    const sample = (await finance.get(`/api/reviews/samples/${sampleId}`)).json();
    const codes = sample.findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['noEvidence', 'analysisTooShort', 'missingDeviationReason']));
    expect(sample.indicators[0]).toHaveProperty('deviation');
    // Scoping: another unit and an unassigned expert see nothing; the unit itself sees its sample.
    expect((await unit2.get(`/api/reviews/samples/${sampleId}`)).statusCode).toBe(404);
    expect((await expert.get(`/api/reviews/samples/${sampleId}`)).statusCode).toBe(404);
    expect((await unit.get(`/api/reviews/samples/${sampleId}`)).json().allowedActions).toEqual([]);
    expect((await unit.post(`/api/reviews/batches/${batchId}/sample`, params)).statusCode).toBe(403);
  });

  it('[REVIEW][ASSIGN] an assigned expert works the findings and workpaper', async () => {
    const [ex] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'expert'));
    const res = await finance.post(`/api/reviews/batches/${batchId}/assign`, {
      sampleIds: [sampleId],
      reviewerUserId: ex.id,
    });
    expect(res.statusCode).toBe(200);
    const sample = (await expert.get(`/api/reviews/samples/${sampleId}`)).json();
    expect(sample.allowedActions).toContain('editFindings');
    expect(sample.allowedActions).not.toContain('return');
    const [first, ...rest] = sample.findings;
    expect((await expert.put(`/api/reviews/findings/${first.id}`, { status: 'dropped' })).statusCode).toBe(200);
    for (const f of rest)
      await expert.put(`/api/reviews/findings/${f.id}`, {
        status: 'accepted',
        suggestion: `${f.suggestion}（复核组）`,
      });
    const own = await expert.post(`/api/reviews/samples/${sampleId}/findings`, {
      area: 'indicatorScience',
      severity: 'P1',
      evidence: '效益指标引用全区统计数据',
      suggestion: '建议补充项目受益范围内的监测数据。',
    });
    expect(own.statusCode).toBe(200);
    const row = sample.indicators[0];
    const wp = await expert.put(`/api/reviews/samples/${sampleId}/workpaper`, {
      rows: [{ indicatorId: row.id, reviewValue: '4000', reviewScore: row.score - 2, note: '台账核减' }],
    });
    expect(wp.json().reviewTotal).toBe(Math.round((sample.selfTotal - 2) * 100) / 100);
    const after = (await finance.get(`/api/reviews/samples/${sampleId}`)).json();
    expect(after.deviation).toBeCloseTo(2 / sample.selfTotal, 3);
  });

  it('[REVIEW][FEEDBACK] per-unit feedback sheet as JSON, Word and Excel', async () => {
    const fb = (await unit.get(`/api/reviews/batches/${batchId}/feedback`)).json();
    expect(fb.units).toHaveLength(1);
    expect(fb.units[0].items.some((i: { origin: string }) => i.origin === 'reviewer')).toBe(true);
    const docx = await finance.get(`/api/reviews/batches/${batchId}/feedback.docx`);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await finance.get(`/api/reviews/batches/${batchId}/feedback.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect((await unit2.get(`/api/reviews/batches/${batchId}/feedback`)).json().units).toHaveLength(0);
  });

  it('[REVIEW][RETURN] return for rectification reopens the form and raises rectification items', async () => {
    expect((await expert.post(`/api/reviews/samples/${sampleId}/decide`, { decision: 'pass' })).statusCode).toBe(403);
    const noDeadline = await finance.post(`/api/reviews/samples/${sampleId}/decide`, {
      decision: 'return',
      comment: '问题较多',
    });
    expect(noDeadline.statusCode).toBe(400);
    // The schema's own Chinese message, without the raw field key in front of it.
    expect(noDeadline.json().message).toBe('退回整改须填写退回意见和整改期限');
    const res = await finance.post(`/api/reviews/samples/${sampleId}/decide`, {
      decision: 'return',
      comment: '预算执行率低、佐证不足，退回整改',
      deadline: '2025-06-30',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().rectificationIds.length).toBeGreaterThan(0);
    const items = await t.database.db
      .select()
      .from(rectificationItems)
      .where(and(eq(rectificationItems.source, 'selfEvaluationReview'), eq(rectificationItems.sourceId, sampleId)));
    expect(items.every((i) => i.deadline === '2025-06-30' && i.projectId === projectId)).toBe(true);
    const form = (await unit.get(`/api/self-evaluations/${formId}`)).json();
    expect(form.status).toBe('returned');
    expect(form.allowedActions).toEqual(['edit', 'submit']);
  });

  it('[REVIEW][RESUBMIT] the unit fixes and resubmits; the review runs again and passes', async () => {
    const ok = await fill(unit, 0.6, {
      conclusion: '全年完成校舍维修改造约4500平方米，受汛期停工影响未达年度目标，已调整明年施工计划并提前招标。',
    });
    expect(ok.statusCode).toBe(200);
    expect((await unit.post(`/api/self-evaluations/${formId}/submit`, {})).statusCode).toBe(200);
    const sample = (await finance.get(`/api/reviews/samples/${sampleId}`)).json();
    expect(sample.status).toBe('resubmitted');
    expect(sample.round).toBe(2);
    expect(sample.findings.some((f: { round: number }) => f.round === 2)).toBe(true);
    expect((await dept.post(`/api/self-evaluations/${formId}/departmentApprove`, {})).statusCode).toBe(409);
    for (const f of sample.findings.filter((x: { status: string }) => x.status === 'proposed'))
      await finance.put(`/api/reviews/findings/${f.id}`, { status: 'dropped' });
    expect(
      (await finance.post(`/api/reviews/samples/${sampleId}/decide`, { decision: 'pass', comment: '整改到位' }))
        .statusCode,
    ).toBe(200);
    expect((await unit.get(`/api/self-evaluations/${formId}`)).json().status).toBe('approved');
    const stats = (await finance.get(`/api/reviews/batches/${batchId}`)).json().stats;
    expect(stats).toMatchObject({ sampled: 1, unitsReviewed: 1, returns: 1, closed: 1, unitsWithSuggestions: 1 });
    const profile = (await finance.get(`/api/reviews/units/${sample.unitId}/profile`)).json();
    expect(profile.findings.length).toBeGreaterThan(0);
    expect((await unit2.get(`/api/reviews/units/${sample.unitId}/profile`)).statusCode).toBe(404);
  });
});
