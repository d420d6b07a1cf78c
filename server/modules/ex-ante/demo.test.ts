import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('ex-ante demo data', () => {
  it('2025 statistics come from rows: 7 assessed, 291.00万元 cut, cost lines add up to each request', async () => {
    const finance = await t.as('finance');
    const res = await finance.get('/api/ex-ante/statistics?year=2025');
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.total.count).toBe(7);
    expect(s.total.cut).toBe(291_000_000);
    expect(s.total.requested - s.total.recommended).toBe(291_000_000);
    expect(s.byDepartment.reduce((a: number, r: { cut: number }) => a + r.cut, 0)).toBe(291_000_000);
    expect(s.byField.reduce((a: number, r: { count: number }) => a + r.count, 0)).toBe(7);
    const { rows } = await t.database.pool.query(`
      select a.id, a.requested_amount::bigint as requested, a.recommended_amount::bigint as recommended,
        p.approved_amount::bigint as approved, p.requested_amount::bigint as project_requested,
        (select sum(amount) from ex_ante_cost_line l where l.assessment_id = a.id)::bigint as lines,
        (select count(*) from ex_ante_panel_member m where m.assessment_id = a.id)::int as experts
      from ex_ante_assessment a join project p on p.id = a.project_id where a.year = 2025`);
    expect(rows).toHaveLength(7);
    for (const r of rows) {
      expect(r.lines).toBe(r.requested);
      expect(r.approved).toBe(r.recommended);
      expect(r.project_requested).toBe(r.requested);
      expect(r.experts).toBeGreaterThanOrEqual(3);
      expect(r.experts).toBeLessThanOrEqual(5);
    }
  });

  it('each concluded demo assessment is consistent with its panel scores and bands', async () => {
    const finance = await t.as('finance');
    const list = (await finance.get('/api/ex-ante/assessments?year=2025&status=concluded')).json();
    expect(list).toHaveLength(7);
    for (const item of list) {
      const d = (await finance.get(`/api/ex-ante/assessments/${item.id}`)).json();
      expect(d.preview.score).toBe(d.panelScore);
      expect(d.bandConclusion).toBe(d.preview.band);
      expect(['support', 'partialSupport']).toContain(d.conclusion);
      expect(d.cost.total).toBe(d.requestedAmount);
    }
  });

  it('the demo expert sees only the assessments assigned to them', async () => {
    const expert = await t.as('expert');
    const list = (await expert.get('/api/ex-ante/assessments')).json() as { id: number }[];
    const { rows } = await t.database.pool.query(
      `select distinct m.assessment_id as id from ex_ante_panel_member m join expert e on e.id = m.expert_id
       join app_user u on u.id = e.user_id where u.username = 'expert'`,
    );
    expect(list.map((x) => x.id).sort()).toEqual(rows.map((r: { id: number }) => r.id).sort());
  });
});
