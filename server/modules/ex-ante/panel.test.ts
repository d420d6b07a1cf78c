import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { applyAndSubmit, as, expertIds, fullSheet, newProject, scoreAll, WAN } from './test-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PANEL = ['expert', 'expert2', 'expert3'];

async function submitted() {
  const p = await newProject(t);
  return { project: p, id: await applyAndSubmit(t, await as(t, 'unit'), p.id) };
}

async function seat(id: number, username: string) {
  const { rows } = await t.database.pool.query(
    `select m.status, m.scores from ex_ante_panel_member m join expert e on e.id = m.expert_id
     join app_user u on u.id = e.user_id where m.assessment_id = $1 and u.username = $2`,
    [id, username],
  );
  return rows[0] as { status: string; scores: Record<string, number> } | undefined;
}

describe('ex-ante panel', () => {
  it('refuses an expert of the same department as a conflict of interest, nothing written', async () => {
    const { id } = await submitted();
    const finance = await as(t, 'finance');
    const { rows } = await t.database.pool.query(`select id from expert where name = '杨慧君'`); // 区教育局 expert
    const ids = [...(await expertIds(finance, ['expert', 'expert2'])), rows[0].id];
    const res = await finance.put(`/api/ex-ante/assessments/${id}/panel`, { expertIds: ids, templateKind: 'project' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', details: { rule: 'CONFLICT_SAME_DEPARTMENT' } });
    expect(res.json().message).toContain('回避');
    const d = (await finance.get(`/api/ex-ante/assessments/${id}`)).json();
    expect(d.status).toBe('submitted');
    expect(d.panel).toHaveLength(0);
  });

  it('a seeded draw is reproducible and never offers conflicted experts', async () => {
    const { id } = await submitted();
    const finance = await as(t, 'finance');
    const body = { assessmentId: id, count: 2, fieldCode: 'governance', seed: 42 };
    const a = (await finance.post('/api/ex-ante/draw', body)).json();
    const b = (await finance.post('/api/ex-ante/draw', body)).json();
    expect(a.experts.map((e: { id: number }) => e.id)).toEqual(b.experts.map((e: { id: number }) => e.id));
    expect(a.experts).toHaveLength(2);
    const tooMany = await finance.post('/api/ex-ante/draw', { ...body, count: 15 });
    expect(tooMany.json().code).toBe('VALIDATION_FAILED');
  });

  it('experts score in their own session: out-of-range refused, a stranger gets 404, others’ sheets hidden', async () => {
    const { id } = await submitted();
    const finance = await as(t, 'finance');
    const formed = await finance.put(`/api/ex-ante/assessments/${id}/panel`, {
      expertIds: await expertIds(finance, PANEL),
      templateKind: 'project',
    });
    expect(formed.statusCode).toBe(200);
    const e1 = await as(t, 'expert');
    const d = (await e1.get(`/api/ex-ante/assessments/${id}`)).json();
    expect(d.allowedActions).toContain('score');
    const sheet = fullSheet(d.template, 0.8);
    const bad = await e1.put(`/api/ex-ante/assessments/${id}/scores`, {
      ...sheet,
      scores: { ...sheet.scores, policyBasis: 7 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.rule).toBe('SCORE_OUT_OF_RANGE');
    expect((await seat(id, 'expert'))?.status).toBe('assigned');
    expect((await seat(id, 'expert'))?.scores).toEqual({});
    const noComment = await e1.put(`/api/ex-ante/assessments/${id}/scores`, { ...sheet, comments: {} });
    expect(noComment.json().details.rule).toBe('COMMENT_MISSING');
    const stranger = await as(t, 'expert4');
    expect((await stranger.put(`/api/ex-ante/assessments/${id}/scores`, sheet)).statusCode).toBe(404);
    expect((await stranger.get(`/api/ex-ante/assessments/${id}`)).statusCode).toBe(404);
    expect(((await stranger.get('/api/ex-ante/assessments')).json() as { id: number }[]).some((x) => x.id === id)).toBe(
      false,
    );
    expect((await (await as(t, 'unit2')).get(`/api/ex-ante/assessments/${id}`)).statusCode).toBe(404);
    expect((await e1.put(`/api/ex-ante/assessments/${id}/scores`, sheet)).statusCode).toBe(200);
    expect((await e1.put(`/api/ex-ante/assessments/${id}/scores`, sheet)).json().code).toBe('INVALID_TRANSITION');
    const e2 = await as(t, 'expert2');
    const seen = (await e2.get(`/api/ex-ante/assessments/${id}`)).json();
    expect(seen.panel).toHaveLength(1);
    expect(seen.panel[0].mine).toBe(true);
    const f = (await finance.get(`/api/ex-ante/assessments/${id}`)).json();
    expect(f.progress).toEqual({ total: 3, submitted: 1 });
  });

  it('no conclusion without all scores; amounts checked; override needs a reason; report is a Word file', async () => {
    const { id } = await submitted();
    const finance = await as(t, 'finance');
    await finance.put(`/api/ex-ante/assessments/${id}/panel`, {
      expertIds: await expertIds(finance, PANEL),
      templateKind: 'project',
    });
    await scoreAll(t, id, PANEL.slice(0, 2), [0.7, 0.7]);
    const conclude = (body: object) => finance.post(`/api/ex-ante/assessments/${id}/conclude`, body);
    const base = { conclusion: 'partialSupport', recommendedAmount: 500 * WAN, opinion: '部分支持' };
    const early = await conclude(base);
    expect(early.json().code).toBe('INVALID_TRANSITION');
    expect(early.json().message).toContain('未提交评分');
    await scoreAll(t, id, PANEL.slice(2), [0.7]);
    expect((await conclude({ ...base, recommendedAmount: 600 * WAN + 1 })).json().details.rule).toBe(
      'RECOMMENDED_EXCEEDS_REQUESTED',
    );
    expect((await conclude({ ...base, recommendedAmount: -1 })).json().details.rule).toBe('AMOUNT_NEGATIVE');
    const override = await conclude({ ...base, conclusion: 'support' });
    expect(override.json().details.rule).toBe('OVERRIDE_REASON_REQUIRED');
    expect((await finance.get(`/api/ex-ante/assessments/${id}`)).json().status).toBe('scoring');
    const ok = await conclude(base);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      conclusion: 'partialSupport',
      cutAmount: 100 * WAN,
      bandConclusion: 'partialSupport',
    });
    const report = await finance.get(`/api/ex-ante/assessments/${id}/report`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('wordprocessingml');
    expect(report.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('panel score drops the highest and lowest expert with five experts', async () => {
    const { id } = await submitted();
    const finance = await as(t, 'finance');
    const five = ['expert', 'expert2', 'expert3', 'expert4', 'expert5'];
    await finance.put(`/api/ex-ante/assessments/${id}/panel`, {
      expertIds: await expertIds(finance, five),
      templateKind: 'project',
    });
    await scoreAll(t, id, five, [1, 0.8, 0.8, 0.8, 0.3]);
    const d = (await finance.get(`/api/ex-ante/assessments/${id}`)).json();
    const ids = await expertIds(finance, five);
    expect([...d.preview.droppedExpertIds].sort()).toEqual([String(ids[0]), String(ids[4])].sort());
    const middle = Object.values(fullSheet(d.template, 0.8).scores).reduce((a, v) => a + v, 0);
    expect(d.preview.score).toBeCloseTo(middle, 2);
  });

  it('templates: invalid weights refused; a saved version is what the next panel scores against', async () => {
    const finance = await as(t, 'finance');
    const [current] = (await finance.get('/api/ex-ante/templates?year=2026')).json();
    const bad = await finance.put('/api/ex-ante/templates/project', {
      name: current.name,
      dimensions: current.template.dimensions.slice(1),
      note: '删除一个维度',
    });
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    const dims = current.template.dimensions.map((d: { name: string }) => d);
    dims[0] = { ...dims[0], name: '立项必要性（修订）' };
    const ok = await finance.put('/api/ex-ante/templates/project', {
      name: current.name,
      dimensions: dims,
      note: '修订',
    });
    expect(ok.json().versionNo).toBe(1);
    const { id } = await submitted();
    await finance.put(`/api/ex-ante/assessments/${id}/panel`, {
      expertIds: await expertIds(finance, PANEL),
      templateKind: 'project',
    });
    const d = (await finance.get(`/api/ex-ante/assessments/${id}`)).json();
    expect(d.template.dimensions[0].name).toBe('立项必要性（修订）');
  });

  it('application: mismatched line amounts and incomplete materials are refused', async () => {
    const p = await newProject(t);
    const unit = await as(t, 'unit');
    const created = (await unit.post('/api/ex-ante/assessments', { projectId: p.id })).json();
    const lines = [{ name: '设备', quantity: 2, unit: '台', unitPrice: 100, amount: 300, basis: 'market' }];
    const { application } = await import('./test-helpers');
    const res = await unit.put(
      `/api/ex-ante/assessments/${created.id}/application`,
      application(created.version, lines as never),
    );
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().message).toContain('不符');
    const submit = await unit.post(`/api/ex-ante/assessments/${created.id}/submit`);
    expect(submit.json().code).toBe('VALIDATION_FAILED');
    expect(submit.json().message).toContain('未填写成本测算明细');
    expect((await unit.post('/api/ex-ante/assessments', { projectId: p.id })).json().code).toBe('DUPLICATE');
  });
});
