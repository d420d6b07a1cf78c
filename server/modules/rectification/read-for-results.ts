/** What results application (结果应用) reads from 整改: open items per project. */
import { type SQL, sql } from 'drizzle-orm';
import { rectificationItems as ri } from '../../db/schema/index';

/**
 * Items not yet closed (未销号) per project of `projectIds` (a one-column subquery), as a subquery (project_id, n) for
 * a statement of the reading module.
 */
export const openCountsOf = (regionCode: string, projectIds: SQL): SQL =>
  sql`select ${ri.projectId} as project_id, count(*) as n from ${ri}
    where ${ri.regionCode} = ${regionCode} and ${ri.status} <> 'closed' and ${ri.projectId} in (${projectIds})
    group by ${ri.projectId}`;
