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
});
