/** What results application (结果应用) reads from 绩效自评: submitted forms of a year with their scores. */
import { and, asc, type SQL, sql } from 'drizzle-orm';
import { selfEvaluations } from '../../db/schema/index';
import { anyOf } from '../../platform/any-of';
import type { DbOrTx } from '../../platform/db/client';
import { submittedOfYear } from './read-for-review';

export interface SelfEvaluationScore {
  id: number;
  projectId: number;
  total: number;
  grade: string;
}

/**
 * Self-evaluations of the year in the region that left draft (submitted, reviewed, closed …), in id order; with
 * `projectIds`, only those of these projects.
 */
export async function listSelfEvaluationScores(db: DbOrTx, regionCode: string, year: number, projectIds?: number[]) {
  if (projectIds?.length === 0) return [];
  const t = selfEvaluations;
  const rows: SelfEvaluationScore[] = await db
    .select({ id: t.id, projectId: t.projectId, total: t.total, grade: t.grade })
    .from(t)
    .where(and(submittedOfYear(regionCode, year), projectIds ? anyOf(t.projectId, projectIds) : undefined))
    .orderBy(asc(t.id));
  return rows;
}

/** The projects of those forms, as a subquery (one column) for a statement of the reading module. */
export const submittedProjectIds = (regionCode: string, year: number): SQL =>
  sql`select ${selfEvaluations.projectId} from ${selfEvaluations} where ${submittedOfYear(regionCode, year)}`;

/**
 * The scores of those forms as a subquery (id, project_id, total, grade), only of the projects of `projectIds` (a
 * one-column subquery), for a statement of the reading module.
 */
export const submittedScoresOf = (regionCode: string, year: number, projectIds: SQL): SQL => {
  const t = selfEvaluations;
  return sql`select ${t.id} as id, ${t.projectId} as project_id, ${t.total} as total, ${t.grade} as grade from ${t}
    where ${submittedOfYear(regionCode, year)} and ${t.projectId} in (${projectIds})`;
};
