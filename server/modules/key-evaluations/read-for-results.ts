/** What results application (结果应用) reads from 重点绩效评价: finalised project evaluations with their grade. */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { keyEvaluations } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

export interface KeyEvaluationGrade {
  id: number;
  projectId: number;
  name: string;
  total: number | null;
  grade: string;
}

/** Finalised (or archived) key evaluations of a project object carried out in the year, with a grade. */
export async function listGradedKeyEvaluations(db: DbOrTx, regionCode: string, year: number) {
  const rows = await db
    .select({
      id: keyEvaluations.id,
      projectId: keyEvaluations.projectId,
      name: keyEvaluations.name,
      total: keyEvaluations.totalScore,
      grade: keyEvaluations.grade,
    })
    .from(keyEvaluations)
    .where(
      and(
        eq(keyEvaluations.regionCode, regionCode),
        eq(keyEvaluations.year, year),
        isNotNull(keyEvaluations.projectId),
        isNotNull(keyEvaluations.grade),
        inArray(keyEvaluations.stage, ['finalised', 'archived']),
      ),
    );
  return rows.flatMap((r): KeyEvaluationGrade[] =>
    r.projectId === null || r.grade === null ? [] : [{ ...r, projectId: r.projectId, grade: r.grade }],
  );
}
