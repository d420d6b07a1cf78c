import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../core/rules/rule-set';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('rule sets', () => {
  it('serves the national default until a region stores its own version', async () => {
    const finance = await t.as('finance');
    const res = await finance.get('/api/rule-sets/monitoring?year=2030');
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(defaultRuleSet.monitoring)));
  });

  it('stores a new version with a reason and audits it; the newest version is in force', async () => {
    const finance = await t.as('finance');
    const changed = { ...defaultRuleSet.exAnte, panel: { trimFromExperts: 7, trimEnabled: true } };
    const saved = await finance.put('/api/rule-sets/exAnte', {
      year: 2030,
      data: changed,
      note: '本区专家组规模较大，7人以上去掉最高最低分',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().versionNo).toBe(1);
    expect((await finance.get('/api/rule-sets/exAnte?year=2030')).json().panel.trimFromExperts).toBe(7);
    const versions = (await finance.get('/api/rule-sets/exAnte/versions?year=2030')).json();
    expect(versions).toHaveLength(1);
    const admin = await t.as('admin');
    const audit = (await admin.get('/api/audit?entity=ruleSet')).json();
    expect(audit.items[0].reason).toContain('7人以上');
  });

  it('refuses a rule set of the wrong shape and callers other than finance/admin', async () => {
    const finance = await t.as('finance');
    const bad = await finance.put('/api/rule-sets/scoring', { year: 2030, data: { gradeBands: 'x' }, note: '错误' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    const unit = await t.as('unit');
    const denied = await unit.put('/api/rule-sets/scoring', { year: 2030, data: defaultRuleSet.scoring, note: '越权' });
    expect(denied.statusCode).toBe(403);
    expect((await finance.get('/api/rule-sets/scoring/versions?year=2030')).json()).toHaveLength(0);
  });

  it('rejects a semantically wrong rule set with the field named in Chinese: nothing stored, no job queued', async () => {
    const finance = await t.as('finance');
    const jobsBefore = (await finance.get('/api/jobs?pageSize=100')).json().items.length;
    const data = { ...defaultRuleSet.review, similarityThreshold: 5 };
    const bad = await finance.put('/api/rule-sets/review', { year: 2031, data, note: '阈值调整' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    expect(bad.json().message).toBe('「相似度阈值」应在 0.5–1 之间');
    expect(bad.json().details.issues[0].path).toBe('similarityThreshold');
    const severity = {
      ...defaultRuleSet.review,
      severities: { ...defaultRuleSet.review.severities, noEvidence: 'P9' },
    };
    const badSeverity = await finance.put('/api/rule-sets/review', { year: 2031, data: severity, note: '等级' });
    expect(badSeverity.json().message).toContain('「严重程度 · 未上传佐证材料」只能取');
    const bands = [...defaultRuleSet.scoring.gradeBands].reverse();
    const badBands = await finance.put('/api/rule-sets/scoring', {
      year: 2031,
      data: { ...defaultRuleSet.scoring, gradeBands: bands },
      note: '区间',
    });
    expect(badBands.statusCode).toBe(400);
    expect(badBands.json().message).toContain('「等级区间」应按下限从高到低排列');
    // Every out-of-order row is listed, not only the first.
    expect(badBands.json().details.issues.map((i: { path: string }) => i.path)).toEqual([
      'gradeBands.1.min',
      'gradeBands.2.min',
      'gradeBands.3.min',
    ]);
    expect((await finance.get('/api/rule-sets/review/versions?year=2031')).json()).toHaveLength(0);
    expect((await finance.get('/api/rule-sets/scoring/versions?year=2031')).json()).toHaveLength(0);
    expect((await finance.get('/api/rule-sets/review?year=2031')).json().similarityThreshold).toBe(
      defaultRuleSet.review.similarityThreshold,
    );
    expect((await finance.get('/api/jobs?pageSize=100')).json().items).toHaveLength(jobsBefore);
  });

  it('accepts the form payload (the rules in force with one field changed) and queues the review re-run', async () => {
    const finance = await t.as('finance');
    const current = (await finance.get('/api/rule-sets/review?year=2032')).json();
    const data = {
      ...current,
      similarityThreshold: 0.85,
      severities: { ...current.severities, analysisTooShort: 'P1' },
    };
    const saved = await finance.put('/api/rule-sets/review', { year: 2032, data, note: '复核口径收紧' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().recomputeJobId).toEqual(expect.any(Number));
    const inForce = (await finance.get('/api/rule-sets/review?year=2032')).json();
    expect(inForce.similarityThreshold).toBe(0.85);
    expect(inForce.severities.analysisTooShort).toBe('P1');
    expect(inForce.taxonomies).toEqual(JSON.parse(JSON.stringify(defaultRuleSet.review.taxonomies)));
    const versions = (await finance.get('/api/rule-sets/review/versions?year=2032')).json();
    expect(versions.map((v: { note: string }) => v.note)).toEqual(['复核口径收紧']);
    const jobs = (await finance.get('/api/jobs?pageSize=100')).json().items;
    const job = jobs.find((j: { id: number }) => j.id === saved.json().recomputeJobId);
    expect(job.kind).toBe('reviews.rerunChecks');
  });
});
