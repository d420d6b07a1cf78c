/** What results application (结果应用) reads from 绩效自评: submitted forms of a year with their scores. */
import { type SQL, sql } from 'drizzle-orm';
import { selfEvaluations } from '../../db/schema/index';
import { submittedOfYear } from './read-for-review';

/**
 * The projects of the year's forms that left draft (submitted, reviewed, closed …), as a subquery (one column) for a
 * statement of the reading module.
 */
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
