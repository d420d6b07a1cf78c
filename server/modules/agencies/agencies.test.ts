import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { auditCount, times } from '../../test/security/one-winner';
import { agencyIdByName, planItem, runToFinalised } from '../key-evaluations/test-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const scores = (total: 'high' | 'mid' | 'warn' | 'fail') =>
  ({
    high: { teamCompetence: 14, teamStability: 14, communication: 19, reportFacts: 23, conclusions: 22.5 }, // 92.5
    mid: { teamCompetence: 13, teamStability: 13, communication: 17, reportFacts: 21, conclusions: 21 }, // 85
    warn: { teamCompetence: 10, teamStability: 10, communication: 14, reportFacts: 18, conclusions: 18 }, // 70
    fail: { teamCompetence: 8, teamStability: 8, communication: 10, reportFacts: 14, conclusions: 14 }, // 54
  })[total];

async function engagedAndFinalised(agencyName: string, fee: number) {
  const finance = await t.as('finance');
  const id = await planItem(t, finance);
  const eng = await finance.post('/api/agencies/engagements', {
    evaluationId: id,
    agencyId: await agencyIdByName(t, agencyName),
    fee,
  });
  expect(eng.statusCode, eng.body).toBe(200);
  // the finance team stands in for the agency's user in these fee tests
  await runToFinalised(finance, finance, id);
  return { finance, engagementId: eng.json().id as number };
}

describe('agency access', () => {
  it('agency users see only their own agency, engagements and evaluations', async () => {
    const agency = await t.as('agency');
    const list = (await agency.get('/api/agencies')).json();
    expect(list).toHaveLength(1);
    expect(list[0].name).toContain('江晟');
    const engagements = (await agency.get('/api/agencies/engagements')).json();
    expect(engagements.length).toBeGreaterThan(0);
    expect(engagements.every((e: { agencyName: string }) => e.agencyName.includes('江晟'))).toBe(true);
    const evaluations = (await agency.get('/api/key-evaluations?year=2025')).json();
    expect(evaluations.map((e: { id: number }) => e.id).sort()).toEqual(
      engagements.map((e: { evaluationId: number }) => e.evaluationId).sort(),
    );
    const finance = await t.as('finance');
    const all = (await finance.get('/api/key-evaluations?year=2025')).json();
    const other = all.find((e: { id: number }) => !evaluations.some((x: { id: number }) => x.id === e.id));
    expect((await agency.get(`/api/key-evaluations/${other.id}`)).statusCode).toBe(404);
    const otherEng = (await finance.get('/api/agencies/engagements'))
      .json()
      .find((e: { agencyName: string }) => !e.agencyName.includes('江晟'));
    expect((await agency.get(`/api/agencies/engagements/${otherEng.id}`)).statusCode).toBe(404);
    expect((await agency.post('/api/agencies', { name: '新机构', type: 'cpa' })).statusCode).toBe(403);
  });

  it("the list counts each agency's own engagements and average quality score", async () => {
    const finance = await t.as('finance');
    const list = (await finance.get('/api/agencies')).json() as {
      id: number;
      engagements: number;
      averageScore: number | null;
    }[];
    const { rows } = await t.database.pool.query(
      `select a.id, count(e.id) filter (where e.status <> 'cancelled')::int as n,
              round(avg(e.quality_score) filter (where e.status = 'scored'), 2)::float8 as avg
         from agency a left join agency_engagement e on e.agency_id = a.id group by a.id`,
    );
    const expected = new Map(rows.map((r: { id: number; n: number; avg: number | null }) => [r.id, r]));
    for (const agency of list) {
      expect(agency.engagements).toBe(expected.get(agency.id)?.n);
      expect(agency.averageScore).toBe(expected.get(agency.id)?.avg ?? null);
    }
    // The demo's agencies differ: some have a scored engagement, some none.
    expect(new Set(list.map((a) => a.averageScore)).size).toBeGreaterThan(1);
  });

  it('units see only their own evaluations', async () => {
    const unit2 = await t.as('unit2');
    const unit = await t.as('unit');
    const mine = (await unit.get('/api/key-evaluations?year=2025')).json();
    const theirs = (await unit2.get('/api/key-evaluations?year=2025')).json();
    expect(mine.some((e: { id: number }) => theirs.some((x: { id: number }) => x.id === e.id))).toBe(false);
    expect((await unit2.get('/api/agencies/engagements')).json()).toEqual([]);
  });
});

describe('agency quality scoring and fees', () => {
  it('85 points → 95 % of an odd fee, rounded half up to the 分; payments capped at the payable', async () => {
    const fee = 12_345_67; // 12,345.67 元 × 95 % = 11,728.3865 元 → 11,728.39 元
    const { finance, engagementId } = await engagedAndFinalised('江晟', fee);
    const pre = (await finance.get(`/api/agencies/engagements/${engagementId}`)).json();
    expect(pre.allowedActions).toContain('score');
    const res = await finance.put(`/api/agencies/engagements/${engagementId}/quality`, {
      scores: scores('mid'),
      comment: '良好',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().qualityScore).toBe(85);
    expect(res.json().paymentPercent).toBe(95);
    expect(res.json().payable).toBe(11_728_39);
    const over = await finance.post(`/api/agencies/engagements/${engagementId}/payments`, {
      amount: 11_728_40,
      paidOn: '2025-11-01',
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().message).toContain('超过按评分应付金额');
    expect((await finance.get(`/api/agencies/engagements/${engagementId}`)).json().payments).toHaveLength(0);
    expect(
      (
        await finance.post(`/api/agencies/engagements/${engagementId}/payments`, {
          amount: 10_000_00,
          paidOn: '2025-11-01',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await finance.post(`/api/agencies/engagements/${engagementId}/payments`, {
          amount: 1_728_40,
          paidOn: '2025-11-02',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await finance.post(`/api/agencies/engagements/${engagementId}/payments`, {
          amount: 1_728_39,
          paidOn: '2025-11-02',
        })
      ).statusCode,
    ).toBe(200);
    const after = (await finance.get(`/api/agencies/engagements/${engagementId}`)).json();
    expect(after.paid).toBe(11_728_39);
    expect(after.remaining).toBe(0);
    // score history
    const hist = (await finance.get(`/api/agencies/${after.agencyId}`)).json().scoreHistory;
    expect(
      hist.some((h: { engagementId: number; score: number }) => h.engagementId === engagementId && h.score === 85),
    ).toBe(true);
  });

  it('≥ 90 → 100 %, 60–80 → 85 % with a credit warning, < 60 → 70 % and suspension', async () => {
    const cases = [
      {
        agency: '江晟',
        s: scores('high'),
        percent: 100,
        fee: 200_000_00,
        payable: 200_000_00,
        credit: 'A',
        status: 'active',
      },
      {
        agency: '汉衡',
        s: scores('warn'),
        percent: 85,
        fee: 150_000_00,
        payable: 127_500_00,
        credit: 'B',
        status: 'active',
      },
      {
        agency: '正弘',
        s: scores('fail'),
        percent: 70,
        fee: 100_000_01,
        payable: 70_000_01,
        credit: 'D',
        status: 'suspended',
      },
    ];
    for (const c of cases) {
      const { finance, engagementId } = await engagedAndFinalised(c.agency, c.fee);
      const res = await finance.put(`/api/agencies/engagements/${engagementId}/quality`, { scores: c.s });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().paymentPercent).toBe(c.percent);
      expect(res.json().payable).toBe(c.payable);
      const agency = (await finance.get(`/api/agencies/${res.json().agencyId}`)).json();
      expect(agency.creditLevel).toBe(c.credit);
      expect(agency.status).toBe(c.status);
    }
    // the suspended agency can no longer be engaged
    const finance = await t.as('finance');
    const id = await planItem(t, finance);
    const refused = await finance.post('/api/agencies/engagements', {
      evaluationId: id,
      agencyId: await agencyIdByName(t, '正弘'),
      fee: 1_00,
    });
    expect(refused.json().code).toBe('GATE_BLOCKED');
  });

  it('refuses scoring before the evaluation is finalised, and an edited sheet that does not total 100', async () => {
    const finance = await t.as('finance');
    const id = await planItem(t, finance);
    const eng = (
      await finance.post('/api/agencies/engagements', {
        evaluationId: id,
        agencyId: await agencyIdByName(t, '江晟'),
        fee: 50_000_00,
      })
    ).json();
    const early = await finance.put(`/api/agencies/engagements/${eng.id}/quality`, { scores: scores('high') });
    expect(early.json().code).toBe('INVALID_TRANSITION');
    // pre-scoring payments are capped at the lowest band (70 %)
    const tooMuch = await finance.post(`/api/agencies/engagements/${eng.id}/payments`, {
      amount: 35_000_01,
      paidOn: '2025-05-01',
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(
      (await finance.post(`/api/agencies/engagements/${eng.id}/payments`, { amount: 15_000_00, paidOn: '2025-05-01' }))
        .statusCode,
    ).toBe(200);
    const { finance: f2, engagementId } = await engagedAndFinalised('江晟', 10_000_00);
    const sheet = [
      { code: 'a', name: '团队', weight: 50 },
      { code: 'b', name: '报告', weight: 40 },
    ];
    const bad = await f2.put(`/api/agencies/engagements/${engagementId}/quality`, { sheet, scores: { a: 40, b: 30 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('合计应为100');
    const okSheet = [...sheet, { code: 'c', name: '沟通', weight: 10 }];
    const ok = await f2.put(`/api/agencies/engagements/${engagementId}/quality`, {
      sheet: okSheet,
      scores: { a: 48, b: 36, c: 9 },
    });
    expect(ok.json().qualityScore).toBe(93);
  });
});

describe('agency engagements under double submits', () => {
  it('concurrent payments never take the total paid above the cap (30 % each against the 70 % pre-scoring cap)', async () => {
    const finance = await t.as('finance');
    const id = await planItem(t, finance);
    const eng = await finance.post('/api/agencies/engagements', {
      evaluationId: id,
      agencyId: await agencyIdByName(t, '江晟'),
      fee: 100_000_00,
    });
    expect(eng.statusCode, eng.body).toBe(200);
    const engagementId = eng.json().id as number;
    const replies = await times(() =>
      finance.post(`/api/agencies/engagements/${engagementId}/payments`, { amount: 30_000_00, paidOn: '2025-05-01' }),
    );
    expect(replies.filter((r) => r.statusCode === 200)).toHaveLength(2);
    expect(replies.filter((r) => r.statusCode !== 200).every((r) => r.statusCode === 400)).toBe(true);
    const after = (await finance.get(`/api/agencies/engagements/${engagementId}`)).json();
    expect(after.paid).toBe(60_000_00);
    expect(after.payments).toHaveLength(2);
  });

  it('a double-clicked quality score is recorded once (one score, one credit change)', async () => {
    const { finance, engagementId } = await engagedAndFinalised('江晟', 80_000_00);
    const agencyId = await agencyIdByName(t, '江晟');
    const credits = await auditCount(t, 'agency', agencyId, 'credit');
    const replies = await times(() =>
      finance.put(`/api/agencies/engagements/${engagementId}/quality`, { scores: scores('mid'), version: 1 }),
    );
    expect(replies.filter((r) => r.statusCode === 200)).toHaveLength(1);
    for (const r of replies.filter((x) => x.statusCode !== 200)) expect(r.statusCode, r.body).toBe(409);
    expect(await auditCount(t, 'agencyEngagement', engagementId, 'score')).toBe(1);
    expect(await auditCount(t, 'agency', agencyId, 'credit')).toBe(credits + 1);
  });

  it('a double-clicked engagement creates one engagement for the evaluation', async () => {
    const finance = await t.as('finance');
    const id = await planItem(t, finance);
    const agencyId = await agencyIdByName(t, '博睿');
    const replies = await times(() =>
      finance.post('/api/agencies/engagements', { evaluationId: id, agencyId, fee: 1_00 }),
    );
    expect(replies.filter((r) => r.statusCode === 200)).toHaveLength(1);
    for (const r of replies.filter((x) => x.statusCode !== 200)) expect(r.json().code).toBe('DUPLICATE');
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from agency_engagement where evaluation_id = $1 and status <> 'cancelled'`,
      [id],
    );
    expect(rows[0].n).toBe(1);
  });
});
