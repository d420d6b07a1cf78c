/** What results application (结果应用) reads from 重点绩效评价: finalised project evaluations with their grade. */
import { and, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import { keyEvaluations } from '../../db/schema/index';

export interface KeyEvaluationGrade {
  id: number;
  projectId: number;
  name: string;
  total: number | null;
  grade: string;
}

const graded = (regionCode: string, year: number) =>
  and(
    eq(keyEvaluations.regionCode, regionCode),
    eq(keyEvaluations.year, year),
    isNotNull(keyEvaluations.projectId),
    isNotNull(keyEvaluations.grade),
    inArray(keyEvaluations.stage, ['finalised', 'archived']),
  );

/** The projects of those evaluations, as a subquery (one column) for a statement of the reading module. */
export const gradedProjectIds = (regionCode: string, year: number): SQL =>
  sql`select ${keyEvaluations.projectId} from ${keyEvaluations} where ${graded(regionCode, year)}`;

/**
 * Those evaluations as a subquery (id, project_id, name, total, grade), only of the projects of `projectIds` (a
 * one-column subquery), for a statement of the reading module.
 */
export const gradedKeyEvaluationsOf = (regionCode: string, year: number, projectIds: SQL): SQL => {
  const k = keyEvaluations;
  return sql`select ${k.id} as id, ${k.projectId} as project_id, ${k.name} as name, ${k.totalScore} as total,
      ${k.grade} as grade from ${k}
    where ${graded(regionCode, year)} and ${k.projectId} in (${projectIds})`;
};
