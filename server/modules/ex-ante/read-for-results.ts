/** What results application (结果应用) reads from 事前绩效评估: concluded assessments with a recommended amount. */
import { and, eq, isNotNull } from 'drizzle-orm';
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

/** Concluded ex-ante assessments of the year in the region that recommend an amount. */
export async function listExAnteRecommendations(db: DbOrTx, regionCode: string, year: number) {
  const a = exAnteAssessments;
  const rows = await db
    .select({ id: a.id, projectId: a.projectId, requested: a.requestedAmount, recommended: a.recommendedAmount })
    .from(a)
    .where(
      and(eq(a.regionCode, regionCode), eq(a.year, year), eq(a.status, 'concluded'), isNotNull(a.recommendedAmount)),
    );
  return rows.flatMap((r): ExAnteRecommendation[] =>
    r.recommended === null ? [] : [{ ...r, recommended: r.recommended }],
  );
}
