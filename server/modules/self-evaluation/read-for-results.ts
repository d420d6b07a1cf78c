/** What results application (结果应用) reads from 绩效自评: submitted forms of a year with their scores. */
import { selfEvaluations } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { submittedOfYear } from './read-for-review';

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
    .where(submittedOfYear(regionCode, year));
  return rows;
}
