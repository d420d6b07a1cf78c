/** What results application (结果应用) reads from 事前绩效评估: concluded assessments with a recommended amount. */
import { and, asc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import { exAnteAssessments } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

export interface ExAnteRecommendation {
  id: number;
  projectId: number;
  /** 分 */
  requested: number;
  /** 分 */
  recommended: number;
}

/** Concluded ex-ante assessments of the year in the region that recommend an amount, in id order. */
export async function listExAnteRecommendations(db: DbOrTx, regionCode: string, year: number) {
  const a = exAnteAssessments;
  const rows = await db
    .select({ id: a.id, projectId: a.projectId, requested: a.requestedAmount, recommended: a.recommendedAmount })
    .from(a)
    .where(
      and(eq(a.regionCode, regionCode), eq(a.year, year), eq(a.status, 'concluded'), isNotNull(a.recommendedAmount)),
    )
    .orderBy(asc(a.year), asc(a.id));
  return rows.flatMap((r): ExAnteRecommendation[] =>
    r.recommended === null ? [] : [{ ...r, recommended: r.recommended }],
  );
}

/**
 * The last of those assessments (in year then id order) of each project of `projectIds` (a one-column subquery), as
 * a subquery (id, project_id, requested, recommended) for a statement of the reading module.
 */
export const latestExAnteRecommendationOf = (regionCode: string, years: number[], projectIds: SQL): SQL => {
  const a = exAnteAssessments;
  return sql`select distinct on (${a.projectId}) ${a.id} as id, ${a.projectId} as project_id,
      ${a.requestedAmount} as requested, ${a.recommendedAmount} as recommended from ${a}
    where ${and(
      eq(a.regionCode, regionCode),
      inArray(a.year, years),
      eq(a.status, 'concluded'),
      isNotNull(a.recommendedAmount),
    )} and ${a.projectId} in (${projectIds})
    order by ${a.projectId}, ${a.year} desc, ${a.id} desc`;
};
