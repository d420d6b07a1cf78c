import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type Actor, inScope } from '../../../core/access';
import { orgUnits, reviewBatches, reviewFindings, reviewSamples } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { queryRows } from '../../platform/optional-table';
import { unitEvaluationHistory } from '../self-evaluation/read-for-review';
import { latestReviewGradesOf } from './read-for-results';
import { sampleScope } from './repo';
import { unitScreening } from './screening';

const n = (expr: SQL) => sql<number>`${expr}`.mapWith(Number);

/** Figures of one batch, counted from rows: units reviewed, suggestions per unit and area, returns, closed. */
export async function batchStats(db: DbOrTx, actor: Actor, batchId: number) {
  const scope = and(sampleScope(actor), eq(reviewSamples.batchId, batchId));
  const [totals] = await db
    .select({
      sampled: n(sql`count(*)`),
      unitsReviewed: n(sql`count(distinct ${reviewSamples.unitId})`),
      returns: n(sql`count(*) filter (where ${reviewSamples.returnedCount} > 0)`),
      closed: n(sql`count(*) filter (where ${reviewSamples.returnedCount} > 0 and ${reviewSamples.status} = 'passed')`),
      passed: n(sql`count(*) filter (where ${reviewSamples.status} = 'passed')`),
      pending: n(sql`count(*) filter (where ${reviewSamples.status} in ('pending', 'resubmitted'))`),
    })
    .from(reviewSamples)
    .where(scope);
  const perUnit = await db
    .select({
      unitId: reviewFindings.unitId,
      unitName: orgUnits.name,
      suggestions: n(sql`count(*)`),
      executionGradeMatch: n(sql`count(*) filter (where ${reviewFindings.area} = 'executionGradeMatch')`),
      indicatorScience: n(sql`count(*) filter (where ${reviewFindings.area} = 'indicatorScience')`),
      evidenceSufficiency: n(sql`count(*) filter (where ${reviewFindings.area} = 'evidenceSufficiency')`),
    })
    .from(reviewFindings)
    .innerJoin(reviewSamples, eq(reviewSamples.id, reviewFindings.sampleId))
    .innerJoin(orgUnits, eq(orgUnits.id, reviewFindings.unitId))
    .where(and(scope, eq(reviewFindings.status, 'accepted')))
    .groupBy(reviewFindings.unitId, orgUnits.name, orgUnits.code)
    .orderBy(asc(orgUnits.code));
  const byArea = await db
    .select({ area: reviewFindings.area, severity: reviewFindings.severity, count: n(sql`count(*)`) })
    .from(reviewFindings)
    .innerJoin(reviewSamples, eq(reviewSamples.id, reviewFindings.sampleId))
    .where(and(scope, eq(reviewFindings.status, 'accepted')))
    .groupBy(reviewFindings.area, reviewFindings.severity);
  return {
    ...totals,
    unitsWithSuggestions: perUnit.length,
    suggestions: perUnit.reduce((s, u) => s + u.suggestions, 0),
    perUnit,
    byArea,
  };
}

/** Statistics of every batch run in a work year. */
export async function yearStats(db: DbOrTx, actor: Actor, workYear: number) {
  const batches = await db
    .select()
    .from(reviewBatches)
    .where(and(eq(reviewBatches.regionCode, actor.regionCode), eq(reviewBatches.workYear, workYear)))
    .orderBy(asc(reviewBatches.id));
  const out = [];
  for (const b of batches)
    out.push({
      batchId: b.id,
      name: b.name,
      year: b.year,
      workYear: b.workYear,
      ...(await batchStats(db, actor, b.id)),
    });
  return out;
}

/** 单位画像: findings by area and severity across batches, self and review grades and execution across years. */
export async function unitProfile(db: DbOrTx, actor: Actor, unitId: number) {
  const [unit] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, actor.regionCode), eq(orgUnits.id, unitId)));
  if (!unit || !inScope(actor, { regionCode: unit.regionCode, departmentId: unit.departmentId, unitId }))
    throw new AppError('NOT_FOUND', '单位不存在或无权查看');
  const findings = await db
    .select({
      batchId: reviewBatches.id,
      batchName: reviewBatches.name,
      workYear: reviewBatches.workYear,
      area: reviewFindings.area,
      severity: reviewFindings.severity,
      count: n(sql`count(*)`),
    })
    .from(reviewFindings)
    .innerJoin(reviewBatches, eq(reviewBatches.id, reviewFindings.batchId))
    .where(and(eq(reviewFindings.unitId, unitId), eq(reviewFindings.status, 'accepted')))
    .groupBy(reviewBatches.id, reviewBatches.name, reviewBatches.workYear, reviewFindings.area, reviewFindings.severity)
    .orderBy(asc(reviewBatches.workYear));
  const evaluations = await withReviewGrades(db, actor.regionCode, await unitEvaluationHistory(db, unitId));
  const samples = await db
    .select({
      workYear: reviewBatches.workYear,
      sampled: n(sql`count(*)`),
      returns: n(sql`count(*) filter (where ${reviewSamples.returnedCount} > 0)`),
    })
    .from(reviewSamples)
    .innerJoin(reviewBatches, eq(reviewBatches.id, reviewSamples.batchId))
    .where(eq(reviewSamples.unitId, unitId))
    .groupBy(reviewBatches.workYear);
  const screening = await unitScreening(db, unitId);
  return { unit: { id: unit.id, code: unit.code, name: unit.name }, findings, evaluations, samples, screening };
}

/** Adds each form's latest review score and grade (复核得分/等级; null when not re-scored). */
async function withReviewGrades<T extends { id: number }>(db: DbOrTx, regionCode: string, forms: T[]) {
  const ids = sql.join(
    forms.map((f) => sql`${f.id}`),
    sql`, `,
  );
  const rows = forms.length
    ? await queryRows<{ self_evaluation_id: number; total: unknown; grade: string }>(
        db,
        latestReviewGradesOf(regionCode, ids),
      )
    : [];
  const of = new Map(rows.map((r) => [Number(r.self_evaluation_id), r]));
  return forms.map((f) => {
    const r = of.get(f.id);
    return { ...f, reviewTotal: r?.total == null ? null : Number(r.total), reviewGrade: r?.grade ?? null };
  });
}
