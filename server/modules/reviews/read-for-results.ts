/**
 * What results application (结果应用) and the unit profile read from 自评复核: the latest graded review of each
 * self-evaluation.
 */
import { type SQL, sql } from 'drizzle-orm';
import { reviewSamples } from '../../db/schema/index';

/**
 * Each self-evaluation's latest graded review sample in the region, as a subquery (self_evaluation_id, sample_id,
 * total, grade), of the forms of `selfEvaluationIds` (a one-column subquery), for a statement of the reading module.
 */
export const latestReviewGradesOf = (regionCode: string, selfEvaluationIds: SQL): SQL => {
  const r = reviewSamples;
  return sql`select distinct on (${r.selfEvaluationId}) ${r.selfEvaluationId} as self_evaluation_id,
      ${r.id} as sample_id, ${r.reviewTotal} as total, ${r.reviewGrade} as grade from ${r}
    where ${r.regionCode} = ${regionCode} and ${r.reviewGrade} is not null and ${r.selfEvaluationId} in (${selfEvaluationIds})
    order by ${r.selfEvaluationId}, ${r.id} desc`;
};
