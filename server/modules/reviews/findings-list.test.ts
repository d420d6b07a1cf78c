import { and, countDistinct, eq, ne } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewBatches, reviewFindings, reviewSamples, users } from '../../db/schema/index';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Ledger {
  items: {
    id: number;
    unitId: number;
    area: string;
    status: string;
    batchName: string;
    indicatorName: string | null;
    projectName: string;
    projectCode: string;
    evidence: string;
    suggestion: string;
  }[];
  total: number;
  units: number;
  byArea: Record<string, number>;
  byStatus: Record<string, number>;
}
interface Suggestion {
  area: string;
  count: number;
  units: number;
  link: { path: string; query: Record<string, string | number> };
}
const qs = (query: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();

describe('复核建议台账 /api/reviews/findings', () => {
  it('[REVIEW][LEDGER] lists the 287 accepted suggestions to 39 units of the demo 2025 review, by area as the cockpit counts them', async () => {
    const finance = await t.as('finance');
    const all: Ledger = (await finance.get('/api/reviews/findings?workYear=2025&status=accepted&pageSize=500')).json();
    expect(all).toMatchObject({ total: 287, units: 39 });
    expect(all.items).toHaveLength(287);
    expect(new Set(all.items.map((r) => r.id)).size).toBe(287);
    expect(Object.values(all.byArea).reduce((a, b) => a + b, 0)).toBe(287);
    expect(all.byStatus).toMatchObject({ accepted: 287, proposed: 0, dropped: 0 });
    // Every number of the cockpit's chart opens the ledger on its own link: the same count and units.
    const leader = await t.as('leader');
    const cockpit = (await leader.get('/api/dashboard/cockpit?year=2025')).json() as { suggestions: Suggestion[] };
    expect(cockpit.suggestions.length).toBe(3);
    for (const s of cockpit.suggestions) {
      expect(s.link.path).toBe('/evaluation/reviews/findings');
      const drilled: Ledger = (await leader.get(`/api/reviews/findings?${qs(s.link.query)}`)).json();
      expect(drilled.total, s.area).toBe(s.count);
      expect(drilled.units, s.area).toBe(s.units);
      expect(drilled.byArea[s.area]).toBe(s.count);
      expect(drilled.items.every((r) => r.area === s.area && r.status === 'accepted')).toBe(true);
    }
  });

  it('[REVIEW][LEDGER] pages in a stable order and names the indicator a finding is about', async () => {
    const finance = await t.as('finance');
    const page = async (n: number) =>
      (await finance.get(`/api/reviews/findings?workYear=2025&page=${n}&pageSize=50`)).json() as Ledger;
    const [one, two] = [await page(1), await page(2)];
    expect(one.items).toHaveLength(50);
    expect(one.total).toBe(two.total);
    const ids = new Set(one.items.map((r) => r.id));
    expect(two.items.some((r) => ids.has(r.id))).toBe(false);
    const [count] = await t.database.db
      .select({ n: countDistinct(reviewFindings.id) })
      .from(reviewFindings)
      .innerJoin(reviewBatches, eq(reviewBatches.id, reviewFindings.batchId))
      .where(eq(reviewBatches.workYear, 2025));
    expect(one.total).toBe(count.n);
    const all: Ledger = (await finance.get('/api/reviews/findings?workYear=2025&pageSize=500')).json();
    expect(all.items.some((r) => r.indicatorName !== null)).toBe(true);
  });

  it('[REVIEW][LEDGER][SCOPE] a unit sees only the accepted suggestions of its own samples; an expert only the findings of samples assigned to them', async () => {
    const db = t.database.db;
    const [unitUser] = await db.select().from(users).where(eq(users.username, 'unit'));
    // A finding the reviewer has not confirmed yet, on one of the unit's samples (set-up: the demo's are all decided).
    const [sample] = await db.select().from(reviewSamples).where(eq(reviewSamples.unitId, unitUser.orgId)).limit(1);
    await db.insert(reviewFindings).values({
      regionCode: sample.regionCode,
      batchId: sample.batchId,
      sampleId: sample.id,
      unitId: sample.unitId,
      departmentId: sample.departmentId,
      origin: 'rule',
      code: 'noEvidence',
      area: 'evidenceSufficiency',
      severity: 'P1',
      evidence: '自评表共 8 个指标，未上传任何佐证材料（附件 0 个）。',
      suggestion: '请上传支撑指标完成值的佐证材料。',
      status: 'proposed',
    });
    const unit = await t.as('unit');
    const own: Ledger = (await unit.get('/api/reviews/findings?pageSize=500')).json();
    const [expected] = await db
      .select({ n: countDistinct(reviewFindings.id) })
      .from(reviewFindings)
      .innerJoin(reviewSamples, eq(reviewSamples.id, reviewFindings.sampleId))
      .where(and(eq(reviewSamples.unitId, unitUser.orgId), eq(reviewFindings.status, 'accepted')));
    expect(own.total).toBe(expected.n);
    expect(own.byStatus).toMatchObject({ proposed: 0, dropped: 0 });
    // Asking for the unconfirmed ones gives nothing, though the unit's samples have some.
    const proposed: Ledger = (await unit.get('/api/reviews/findings?status=proposed')).json();
    expect(proposed.total).toBe(0);
    const [unconfirmed] = await db
      .select({ n: countDistinct(reviewFindings.id) })
      .from(reviewFindings)
      .innerJoin(reviewSamples, eq(reviewSamples.id, reviewFindings.sampleId))
      .where(and(eq(reviewSamples.unitId, unitUser.orgId), ne(reviewFindings.status, 'accepted')));
    expect(unconfirmed.n).toBeGreaterThan(0);
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((r) => r.unitId === unitUser.orgId)).toBe(true);
    const [expertUser] = await db.select().from(users).where(eq(users.username, 'expert'));
    // Two samples with findings are assigned to the expert (set-up; the demo assigns none to this account).
    const withFindings = await db
      .selectDistinct({ id: reviewFindings.sampleId })
      .from(reviewFindings)
      .orderBy(reviewFindings.sampleId)
      .limit(2);
    for (const { id } of withFindings)
      await db.update(reviewSamples).set({ reviewerUserId: expertUser.id }).where(eq(reviewSamples.id, id));
    const expert = await t.as('expert');
    const assigned: Ledger = (await expert.get('/api/reviews/findings?pageSize=500')).json();
    const [forExpert] = await db
      .select({ n: countDistinct(reviewFindings.id) })
      .from(reviewFindings)
      .innerJoin(reviewSamples, eq(reviewSamples.id, reviewFindings.sampleId))
      .where(eq(reviewSamples.reviewerUserId, expertUser.id));
    expect(assigned.total).toBe(forExpert.n);
    expect(assigned.total).toBeGreaterThan(0);
    const finance: Ledger = (await (await t.as('finance')).get('/api/reviews/findings')).json();
    expect(finance.total).toBeGreaterThan(own.total);
    expect(finance.total).toBeGreaterThan(assigned.total);
  });

  it("[REVIEW][LEDGER] searches project names and codes and the findings' text, literally", async () => {
    const finance = await t.as('finance');
    const all: Ledger = (await finance.get('/api/reviews/findings?workYear=2025&pageSize=500')).json();
    const name = all.items[0].projectName;
    const byName: Ledger = (
      await finance.get(`/api/reviews/findings?workYear=2025&pageSize=500&keyword=${encodeURIComponent(name)}`)
    ).json();
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.total).toBeLessThan(all.total);
    expect(
      byName.items.every((r) => [r.projectName, r.projectCode, r.evidence, r.suggestion].some((v) => v.includes(name))),
    ).toBe(true);
    const byText: Ledger = (
      await finance.get(`/api/reviews/findings?workYear=2025&keyword=${encodeURIComponent('佐证材料')}`)
    ).json();
    expect(byText.total).toBeGreaterThan(0);
    // % matches itself (execution rates in the evidence), not any text.
    const literal: Ledger = (await finance.get('/api/reviews/findings?workYear=2025&pageSize=500&keyword=%25')).json();
    expect(literal.total).toBeGreaterThan(0);
    expect(literal.total).toBeLessThan(all.total);
    expect(
      literal.items.every((r) => [r.projectName, r.projectCode, r.evidence, r.suggestion].some((v) => v.includes('%'))),
    ).toBe(true);
  });

  it('[REVIEW][LEDGER] a bad filter gets 400 with a stable code; the Excel export holds the filtered rows', async () => {
    const finance = await t.as('finance');
    const bad = await finance.get('/api/reviews/findings?area=nope');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    const query = 'workYear=2025&status=accepted&area=indicatorScience';
    const listed: Ledger = (await finance.get(`/api/reviews/findings?${query}`)).json();
    const res = await finance.get(`/api/reviews/findings.xlsx?${query}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('复核建议台账');
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).getCell(1).value).toBe('复核批次');
    expect(ws.getRow(1).getCell(5).value).toBe('复核要点');
    expect(ws.rowCount - 1).toBe(listed.total);
    expect(listed.total).toBeGreaterThan(0);
    for (let r = 2; r <= ws.rowCount; r++) {
      expect(ws.getRow(r).getCell(5).value).toBe('指标设置科学性');
      expect(ws.getRow(r).getCell(11).value).toBe('已采纳');
    }
  });
});
