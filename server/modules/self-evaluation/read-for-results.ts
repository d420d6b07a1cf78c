/** What results application (结果应用) reads from 绩效自评: submitted forms of a year with their scores. */
import { and, eq, ne } from 'drizzle-orm';
import { selfEvaluations } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

export interface SelfEvaluationScore {
  id: number;
  projectId: number;
  total: number;
  grade: string;
}

/** Self-evaluations of the year in the region that left draft (submitted, reviewed, closed …). */
export async function listSelfEvaluationScores(db: DbOrTx, regionCode: string, year: number) {
  const rows: SelfEvaluationScore[] = await db
    .select({
      id: selfEvaluations.id,
      projectId: selfEvaluations.projectId,
      total: selfEvaluations.total,
      grade: selfEvaluations.grade,
    })
    .from(selfEvaluations)
    .where(
      and(
        eq(selfEvaluations.regionCode, regionCode),
        eq(selfEvaluations.year, year),
        ne(selfEvaluations.status, 'draft'),
      ),
    );
  return rows;
}
