import { and, countDistinct, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewBatches, reviewFindings, selfEvaluations } from '../../db/schema/index';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo review batch 2025', () => {
  it('[REVIEW][DEMO] 39 units received 287 accepted suggestions, counted from rows', async () => {
    const db = t.database.db;
    const [batch] = await db.select().from(reviewBatches).where(eq(reviewBatches.workYear, 2025));
    const [row] = await db
      .select({ units: countDistinct(reviewFindings.unitId), suggestions: countDistinct(reviewFindings.id) })
      .from(reviewFindings)
      .where(and(eq(reviewFindings.batchId, batch.id), eq(reviewFindings.status, 'accepted')));
    expect(row).toEqual({ units: 39, suggestions: 287 });
    const finance = await t.as('finance');
    const [stats] = (await finance.get('/api/reviews/stats?workYear=2025')).json();
    expect(stats).toMatchObject({ unitsWithSuggestions: 39, suggestions: 287 });
    expect(stats.returns).toBeGreaterThan(0);
    const ruleAccepted = await db
      .select({ n: countDistinct(reviewFindings.id) })
      .from(reviewFindings)
      .where(
        and(
          eq(reviewFindings.batchId, batch.id),
          eq(reviewFindings.status, 'accepted'),
          eq(reviewFindings.origin, 'rule'),
        ),
      );
    expect(ruleAccepted[0].n).toBeGreaterThan(100);
  });

  it('[REVIEW][DEMO] reviewers re-scored every decided sample from its rows, never above the self grade', async () => {
    const q = async (text: string) => (await t.database.pool.query(text)).rows;
    const samples = await q(
      `select s.id, s.unit_id, s.review_total::float as review, s.review_grade as grade, e.total::float as self, e.grade as self_grade,
              (select count(*)::int from review_workpaper_row w where w.sample_id = s.id) as rows
         from review_sample s join review_batch b on b.id = s.batch_id join self_evaluation e on e.id = s.self_evaluation_id
        where b.work_year = 2025 and s.decided_at is not null`,
    );
    expect(samples.length).toBeGreaterThan(39);
    const graded = samples.filter((x) => x.grade !== null && x.review !== null && x.rows > 0);
    expect(graded.length / samples.length).toBe(1);
    const rank = (g: string) => ['优', '良', '中', '差'].indexOf(g);
    expect(samples.filter((x) => x.review > x.self || rank(x.grade) < rank(x.self_grade))).toEqual([]);
    // The deductions come from the accepted findings: some grades fall, the others stay.
    const lowered = samples.filter((x) => rank(x.grade) > rank(x.self_grade)).length;
    expect(lowered).toBeGreaterThan(0);
    expect(lowered).toBeLessThan(samples.length);
    // A row with an accepted claimedAboveRule finding is scored at most at its rule score.
    const [capped] = await q(
      `select count(*)::int as n, count(*) filter (where w.review_score > i.rule_score)::int as above
         from review_finding f join review_workpaper_row w on w.sample_id = f.sample_id and w.indicator_id = f.indicator_id
         join self_evaluation_indicator i on i.id = f.indicator_id
        where f.code = 'claimedAboveRule' and f.status = 'accepted'`,
    );
    expect(capped.n).toBeGreaterThan(0);
    expect(capped.above).toBe(0);
    // 优 with low execution: the review grade is no longer 优 wherever the finding was accepted.
    const excellentLow = await q(
      `select distinct s.review_grade as grade from review_finding f join review_sample s on s.id = f.sample_id
        where f.code = 'excellentWithLowExecution' and f.status = 'accepted'`,
    );
    expect(excellentLow.length).toBeGreaterThan(0);
    expect(excellentLow.map((r) => r.grade)).not.toContain('优');
    // The unit profile shows each sampled form's review grade beside its self grade.
    const finance = await t.as('finance');
    const [first] = await q(
      `select s.unit_id, s.self_evaluation_id, s.review_grade from review_sample s join review_batch b on b.id = s.batch_id
        where b.work_year = 2025 order by s.id limit 1`,
    );
    const profile = (await finance.get(`/api/reviews/units/${first.unit_id}/profile`)).json();
    const form = profile.evaluations.find((e: { id: number }) => e.id === first.self_evaluation_id);
    expect(form.reviewGrade).toBe(first.review_grade);
    expect(profile.evaluations.filter((e: { reviewGrade: string | null }) => e.reviewGrade !== null).length).toBe(
      samples.filter((x) => x.unit_id === first.unit_id).length,
    );
    // The cockpit's 财政复核 bars count the same samples.
    const cockpit = (await finance.get('/api/dashboard/cockpit?year=2025')).json();
    const bars = cockpit.grades.grades.map((g: { grade: string; review: number }) => [g.grade, g.review]);
    expect(bars).toEqual(['优', '良', '中', '差'].map((g) => [g, samples.filter((x) => x.grade === g).length]));
  });

  it('[SELF-EVALUATION][DEMO] 2024 forms have a realistic grade mix', async () => {
    const rows = await t.database.db
      .select({ grade: selfEvaluations.grade })
      .from(selfEvaluations)
      .where(eq(selfEvaluations.year, 2024));
    const count = (g: string) => rows.filter((r) => r.grade === g).length;
    expect(count('优') + count('良')).toBeGreaterThan(rows.length * 0.6);
    expect(count('中')).toBeGreaterThan(0);
    expect(count('差')).toBeGreaterThan(0);
  });
});
