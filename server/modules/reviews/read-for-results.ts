/** What results application (结果应用) reads from 自评复核: the latest graded review of each self-evaluation. */
import { and, desc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import { reviewSamples } from '../../db/schema/index';
import { anyOf } from '../../platform/any-of';
import type { DbOrTx } from '../../platform/db/client';

export interface ReviewGrade {
  sampleId: number;
  total: number | null;
  grade: string;
}

/** Self-evaluation id → its latest graded review sample in the region (of these forms only, when given). */
export async function latestReviewGrades(db: DbOrTx, regionCode: string, selfEvaluationIds?: number[]) {
  if (selfEvaluationIds?.length === 0) return new Map<number, ReviewGrade>();
  const rows = await db
    .selectDistinctOn([reviewSamples.selfEvaluationId], {
      sampleId: reviewSamples.id,
      selfEvaluationId: reviewSamples.selfEvaluationId,
      total: reviewSamples.reviewTotal,
      grade: reviewSamples.reviewGrade,
    })
    .from(reviewSamples)
    .where(
      and(
        eq(reviewSamples.regionCode, regionCode),
        isNotNull(reviewSamples.reviewGrade),
        selfEvaluationIds ? anyOf(reviewSamples.selfEvaluationId, selfEvaluationIds) : undefined,
      ),
    )
    .orderBy(reviewSamples.selfEvaluationId, desc(reviewSamples.id));
  const out = new Map<number, ReviewGrade>();
  for (const r of rows)
    if (r.grade) out.set(r.selfEvaluationId, { sampleId: r.sampleId, total: r.total, grade: r.grade });
  return out;
}

/**
 * The same as a subquery (self_evaluation_id, sample_id, total, grade), of the forms of `selfEvaluationIds` (a
 * one-column subquery), for a statement of the reading module.
 */
export const latestReviewGradesOf = (regionCode: string, selfEvaluationIds: SQL): SQL => {
  const r = reviewSamples;
  return sql`select distinct on (${r.selfEvaluationId}) ${r.selfEvaluationId} as self_evaluation_id,
      ${r.id} as sample_id, ${r.reviewTotal} as total, ${r.reviewGrade} as grade from ${r}
    where ${r.regionCode} = ${regionCode} and ${r.reviewGrade} is not null and ${r.selfEvaluationId} in (${selfEvaluationIds})
    order by ${r.selfEvaluationId}, ${r.id} desc`;
};
