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
