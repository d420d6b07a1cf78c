import { and, eq, ne, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewCheckCodes, reviewCheckLabels } from '../../../core/rules/review/index';
import { auditEvents, reviewFindings, reviewSamples, selfEvaluations, users } from '../../db/schema/index';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Screened {
  selfEvaluationId: number;
  unitId: number;
  projectName: string;
  projectCode: string;
  p0: number;
  p1: number;
  p2: number;
  codes: string[];
}
interface Screening {
  items: Screened[];
  total: number;
  summary: {
    forms: number;
    flagged: number;
    withP0: number;
    withP1: number;
    withP2: number;
    unitsWithP0: number;
    screenedAt: string | null;
    changedSince: number;
  };
  byCode: Record<string, number>;
}

const submitted2024 = () =>
  t.database.db
    .select({ id: selfEvaluations.id, unitId: selfEvaluations.unitId })
    .from(selfEvaluations)
    .where(and(eq(selfEvaluations.year, 2024), ne(selfEvaluations.status, 'draft')));

describe('自评全覆盖筛查 /api/reviews/screening', () => {
  it('[REVIEW][SCREENING] screens every submitted 2024 form with the same checks a sampled form gets', async () => {
    const finance = await t.as('finance');
    const run = await finance.post('/api/reviews/screening/run', { year: 2024 });
    expect(run.statusCode).toBe(200);
    const forms = await submitted2024();
    expect(run.json()).toMatchObject({ year: 2024, forms: forms.length });
    expect(forms.length).toBeGreaterThan(100);
    const all: Screening = (await finance.get('/api/reviews/screening?year=2024&pageSize=500')).json();
    const rest: Screening = (await finance.get('/api/reviews/screening?year=2024&pageSize=500&page=2')).json();
    const screened = [...all.items, ...rest.items];
    expect(all.total).toBe(forms.length);
    expect(screened.map((r) => r.selfEvaluationId).sort((a, b) => a - b)).toEqual(
      forms.map((f) => f.id).sort((a, b) => a - b),
    );
    expect(run.json().flagged).toBe(all.summary.flagged);
    expect(all.summary.withP0).toBe(screened.filter((r) => r.p0 > 0).length);
    expect(all.summary.unitsWithP0).toBe(new Set(screened.filter((r) => r.p0 > 0).map((r) => r.unitId)).size);
    // Worst first: P0 counts never rise down the list.
    expect(screened.every((r, i) => i === 0 || screened[i - 1].p0 >= r.p0)).toBe(true);

    // The reference: a batch sampling every one of those forms, checked by the product's own path (runChecks on
    // sampling). Per form, the checks that fired and the findings by severity are the same. The unit-level check
    // goes on one form per unit in both, but on the unit's first sample there and its first form here: it is
    // compared by unit.
    const batch = (
      await finance.post('/api/reviews/batches', { year: 2024, workYear: 2026, name: '全量复核（对照）' })
    ).json();
    const sampled = await finance.post(`/api/reviews/batches/${batch.id}/sample`, { seed: 7, randomCount: 100_000 });
    expect(sampled.json().sampled).toBe(forms.length);
    const rows = await t.database.db
      .select({
        form: reviewSamples.selfEvaluationId,
        unitId: reviewSamples.unitId,
        code: reviewFindings.code,
        severity: reviewFindings.severity,
      })
      .from(reviewFindings)
      .innerJoin(reviewSamples, eq(reviewSamples.id, reviewFindings.sampleId))
      .where(eq(reviewFindings.batchId, batch.id));
    expect(rows.length).toBeGreaterThan(forms.length);
    const unitLevel = 'unitAllFullScore';
    const expected = new Map<number, { codes: Set<string>; p0: number; p1: number; p2: number }>();
    for (const f of forms) expected.set(f.id, { codes: new Set(), p0: 0, p1: 0, p2: 0 });
    for (const r of rows) {
      if (r.code === unitLevel) continue;
      const e = expected.get(r.form);
      if (!e) throw new Error(`sample of an unscreened form ${r.form}`);
      e.codes.add(r.code);
      e[r.severity.toLowerCase() as 'p0' | 'p1' | 'p2']++;
    }
    const severityOfUnitLevel = rows.find((r) => r.code === unitLevel)?.severity.toLowerCase() as
      | 'p0'
      | 'p1'
      | 'p2'
      | undefined;
    for (const s of screened) {
      const e = expected.get(s.selfEvaluationId);
      if (!e) throw new Error('missing');
      const own = s.codes.filter((c) => c !== unitLevel);
      expect(own, `form ${s.selfEvaluationId}`).toEqual(reviewCheckCodes.filter((c) => e.codes.has(c)));
      const unitCheck = s.codes.includes(unitLevel) && severityOfUnitLevel ? severityOfUnitLevel : null;
      expect({ p0: s.p0, p1: s.p1, p2: s.p2 }, `form ${s.selfEvaluationId}`).toEqual({
        p0: e.p0 + (unitCheck === 'p0' ? 1 : 0),
        p1: e.p1 + (unitCheck === 'p1' ? 1 : 0),
        p2: e.p2 + (unitCheck === 'p2' ? 1 : 0),
      });
    }
    const unitsFlagged = (list: { unitId: number }[]) => [...new Set(list.map((r) => r.unitId))].sort((a, b) => a - b);
    expect(unitsFlagged(screened.filter((s) => s.codes.includes(unitLevel)))).toEqual(
      unitsFlagged(rows.filter((r) => r.code === unitLevel)),
    );
    // Forms per check are the screened forms' codes counted.
    for (const code of reviewCheckCodes)
      expect(all.byCode[code], code).toBe(screened.filter((s) => s.codes.includes(code)).length);
    expect(Object.values(all.byCode).some((n) => n > 0)).toBe(true);
  });

  it('[REVIEW][SCREENING] filters by severity, check, unit, clean and keyword; a rerun replaces the run and is audited', async () => {
    const finance = await t.as('finance');
    const before = (await finance.get('/api/reviews/screening?year=2024')).json() as Screening;
    const p0: Screening = (await finance.get('/api/reviews/screening?year=2024&severity=P0&pageSize=500')).json();
    expect(p0.total).toBe(before.summary.withP0);
    expect(p0.items.every((r) => r.p0 > 0)).toBe(true);
    const code = reviewCheckCodes.find((c) => before.byCode[c] > 0) as string;
    const byCode: Screening = (await finance.get(`/api/reviews/screening?year=2024&code=${code}&pageSize=500`)).json();
    expect(byCode.total).toBe(before.byCode[code]);
    expect(byCode.items.every((r) => r.codes.includes(code))).toBe(true);
    const clean: Screening = (await finance.get('/api/reviews/screening?year=2024&clean=true&pageSize=500')).json();
    expect(clean.total).toBe(before.summary.forms - before.summary.flagged);
    expect(clean.items.every((r) => r.p0 + r.p1 + r.p2 === 0 && r.codes.length === 0)).toBe(true);
    const one = p0.items[0];
    const ofUnit: Screening = (
      await finance.get(`/api/reviews/screening?year=2024&unitId=${one.unitId}&pageSize=500`)
    ).json();
    expect(ofUnit.items.every((r) => r.unitId === one.unitId)).toBe(true);
    expect(ofUnit.items.map((r) => r.selfEvaluationId)).toContain(one.selfEvaluationId);
    const found: Screening = (
      await finance.get(`/api/reviews/screening?year=2024&keyword=${encodeURIComponent(one.projectCode)}`)
    ).json();
    expect(found.items.map((r) => r.selfEvaluationId)).toContain(one.selfEvaluationId);
    const bad = await finance.get('/api/reviews/screening?year=2024&code=nope');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');

    // A form changed after the run is counted as not seen; a rerun sees it, replaces every row and is audited.
    await t.database.db
      .update(selfEvaluations)
      .set({ updatedAt: sql`now() + interval '1 minute'` })
      .where(eq(selfEvaluations.id, one.selfEvaluationId));
    expect(((await finance.get('/api/reviews/screening?year=2024')).json() as Screening).summary.changedSince).toBe(1);
    const auditsBefore = await t.database.db.$count(auditEvents, eq(auditEvents.entity, 'reviewScreening'));
    await t.database.db
      .update(selfEvaluations)
      .set({ updatedAt: sql`now() - interval '1 minute'` })
      .where(eq(selfEvaluations.id, one.selfEvaluationId));
    const rerun = await finance.post('/api/reviews/screening/run', { year: 2024 });
    expect(rerun.json()).toMatchObject({ forms: before.summary.forms, flagged: before.summary.flagged });
    const after = (await finance.get('/api/reviews/screening?year=2024')).json() as Screening;
    expect(after.total).toBe(before.summary.forms);
    expect(after.summary.changedSince).toBe(0);
    expect(await t.database.db.$count(auditEvents, eq(auditEvents.entity, 'reviewScreening'))).toBe(auditsBefore + 1);
  });

  it('[REVIEW][SCREENING] units and departments see their own forms; experts and agencies none; only finance runs it', async () => {
    const finance = await t.as('finance');
    await finance.post('/api/reviews/screening/run', { year: 2024 });
    const [unitUser] = await t.database.db.select().from(users).where(eq(users.username, 'unit'));
    const unit = await t.as('unit');
    const own: Screening = (await unit.get('/api/reviews/screening?year=2024&pageSize=500')).json();
    const ownForms = (await submitted2024()).filter((f) => f.unitId === unitUser.orgId);
    expect(own.total).toBe(ownForms.length);
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((r) => r.unitId === unitUser.orgId)).toBe(true);
    const [deptUser] = await t.database.db.select().from(users).where(eq(users.username, 'department'));
    const dept = await t.as('department');
    const mine: Screening = (await dept.get('/api/reviews/screening?year=2024&pageSize=500')).json();
    const all: Screening = (await finance.get('/api/reviews/screening?year=2024')).json();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.total).toBeLessThan(all.total);
    const [{ n }] = (
      await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from review_screening where department_id = ${deptUser.orgId} and year = 2024`,
      )
    ).rows;
    expect(mine.total).toBe(n);
    for (const who of ['expert', 'agency']) {
      const res = await (await t.as(who)).get('/api/reviews/screening?year=2024');
      expect(res.statusCode, who).toBe(403);
    }
    for (const who of ['unit', 'department', 'leader']) {
      const res = await (await t.as(who)).post('/api/reviews/screening/run', { year: 2024 });
      expect(res.statusCode, who).toBe(403);
    }
  });

  it('[REVIEW][SCREENING] a form’s check detail holds the findings its row counts, with texts, for whoever may see it', async () => {
    const finance = await t.as('finance');
    await finance.post('/api/reviews/screening/run', { year: 2024 });
    const all: Screening = (await finance.get('/api/reviews/screening?year=2024&pageSize=500')).json();
    const flagged = all.items.filter((r) => r.codes.length > 0).slice(0, 25);
    expect(flagged.length).toBeGreaterThan(0);
    for (const row of flagged) {
      const res = await finance.post(`/api/reviews/screening/forms/${row.selfEvaluationId}`);
      expect(res.statusCode).toBe(200);
      const { findings } = res.json() as {
        findings: {
          code: string;
          severity: string;
          indicatorId: number | null;
          indicatorName: string | null;
          evidence: string;
          suggestion: string;
        }[];
      };
      expect(
        reviewCheckCodes.filter((c) => findings.some((f) => f.code === c)),
        `form ${row.selfEvaluationId}`,
      ).toEqual(row.codes);
      const bySeverity = (sev: string) => findings.filter((f) => f.severity === sev).length;
      expect({ p0: bySeverity('P0'), p1: bySeverity('P1'), p2: bySeverity('P2') }).toEqual({
        p0: row.p0,
        p1: row.p1,
        p2: row.p2,
      });
      for (const f of findings) {
        expect(f.evidence.length, f.code).toBeGreaterThan(0);
        expect(f.suggestion.length, f.code).toBeGreaterThan(0);
        expect(f.indicatorName === null, f.code).toBe(f.indicatorId === null);
      }
    }
    // A unit checks its own forms (a draft too), not another unit's; experts not at all; leaders read.
    const [unitUser] = await t.database.db.select().from(users).where(eq(users.username, 'unit'));
    const unit = await t.as('unit');
    const [own] = await t.database.db
      .select({ id: selfEvaluations.id })
      .from(selfEvaluations)
      .where(eq(selfEvaluations.unitId, unitUser.orgId as number))
      .limit(1);
    expect((await unit.post(`/api/reviews/screening/forms/${own.id}`)).statusCode).toBe(200);
    const other = all.items.find((r) => r.unitId !== unitUser.orgId) as Screened;
    const refused = await unit.post(`/api/reviews/screening/forms/${other.selfEvaluationId}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().code).toBe('NOT_FOUND');
    expect((await (await t.as('expert')).post(`/api/reviews/screening/forms/${own.id}`)).statusCode).toBe(403);
    expect((await (await t.as('leader')).post(`/api/reviews/screening/forms/${own.id}`)).statusCode).toBe(200);
  });

  it('[REVIEW][SCREENING] the unit profile counts the unit’s screened forms by year', async () => {
    const finance = await t.as('finance');
    await finance.post('/api/reviews/screening/run', { year: 2024 });
    const p0: Screening = (await finance.get('/api/reviews/screening?year=2024&severity=P0')).json();
    const unitId = p0.items[0].unitId;
    const listed: Screening = (
      await finance.get(`/api/reviews/screening?year=2024&unitId=${unitId}&pageSize=500`)
    ).json();
    const profile = (await finance.get(`/api/reviews/units/${unitId}/profile`)).json() as {
      screening: { year: number; forms: number; flagged: number; withP0: number; p0: number; p1: number; p2: number }[];
    };
    expect(profile.screening).toEqual([
      {
        year: 2024,
        forms: listed.total,
        flagged: listed.summary.flagged,
        withP0: listed.summary.withP0,
        p0: listed.items.reduce((n, r) => n + r.p0, 0),
        p1: listed.items.reduce((n, r) => n + r.p1, 0),
        p2: listed.items.reduce((n, r) => n + r.p2, 0),
      },
    ]);
    expect(profile.screening[0].withP0).toBeGreaterThan(0);
  });

  it('[REVIEW][SCREENING] sampling takes the forms the screening flagged, and refuses when the year was not screened', async () => {
    const finance = await t.as('finance');
    await finance.post('/api/reviews/screening/run', { year: 2024 });
    const p0: Screening = (await finance.get('/api/reviews/screening?year=2024&severity=P0&pageSize=500')).json();
    const batch = (
      await finance.post('/api/reviews/batches', { year: 2024, workYear: 2026, name: '按筛查结果抽查' })
    ).json();
    const res = await finance.post(`/api/reviews/batches/${batch.id}/sample`, {
      seed: 1,
      randomCount: 0,
      screeningSeverity: 'P0',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().sampled).toBe(p0.total);
    const samples = await t.database.db
      .select({ form: reviewSamples.selfEvaluationId, reasons: reviewSamples.reasons })
      .from(reviewSamples)
      .where(eq(reviewSamples.batchId, batch.id));
    expect(samples.map((s) => s.form).sort((a, b) => a - b)).toEqual(
      p0.items.map((r) => r.selfEvaluationId).sort((a, b) => a - b),
    );
    expect(samples.every((s) => s.reasons === 'screening')).toBe(true);

    const later = (
      await finance.post('/api/reviews/batches', { year: 2025, workYear: 2026, name: '未筛查年度' })
    ).json();
    const refused = await finance.post(`/api/reviews/batches/${later.id}/sample`, {
      seed: 1,
      randomCount: 0,
      screeningSeverity: 'P1',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '2025年度尚未运行自评全覆盖筛查，无法按筛查结果抽样',
    });
  });

  it('[REVIEW][SCREENING] exports the filtered forms as xlsx with the checks by name', async () => {
    const finance = await t.as('finance');
    await finance.post('/api/reviews/screening/run', { year: 2024 });
    const listed: Screening = (await finance.get('/api/reviews/screening?year=2024&severity=P0&pageSize=500')).json();
    const res = await finance.get('/api/reviews/screening.xlsx?year=2024&severity=P0');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('2024年度自评全覆盖筛查');
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).getCell(1).value).toBe('预算单位');
    expect(ws.getRow(1).getCell(10).value).toBe('发现问题的检查规则');
    expect(ws.rowCount - 1).toBe(listed.total);
    const first = listed.items[0];
    expect(ws.getRow(2).getCell(2).value).toBe(first.projectCode);
    expect(ws.getRow(2).getCell(7).value).toBe(first.p0);
    expect(ws.getRow(2).getCell(10).value).toBe(
      first.codes.map((c) => reviewCheckLabels[c as 'noEvidence']).join('、'),
    );
  });
});
