/** What results application (结果应用) reads from 自评复核: the latest graded review of each self-evaluation. */
import { and, desc, eq, isNotNull } from 'drizzle-orm';
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
