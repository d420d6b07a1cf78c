import { desc, inArray, type SQL, sql } from 'drizzle-orm';
import type { TProjectListQuery } from '../../../core/contracts/projects';
import { projects } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { containsAny } from '../../platform/like';

/** The list order: year desc, code (project_list_idx), id as tie-breaker. */
export const listOrder = [sql`${projects.year} desc nulls last`, projects.code, projects.id];

/** How many rows (in list order) a keyword search first looks through before it asks the search index. */
const PROBE_ROWS = 2000;

/**
 * The condition selecting the page's projects, in two steps for a keyword search:
 * 1. a common word fills the page from the first PROBE_ROWS rows of the list order (an index range, ILIKE on
 *    at most 2,000 rows): exact, because those are the first rows of the whole order;
 * 2. otherwise the gram index finds every match and the page is cut from them after sorting.
 * Without a keyword the page's ids are an index-only range of project_list_idx. Either way the joins and the target
 * status then run for the page's rows only, never for the rows an offset skips.
 */
export async function pageCondition(db: DbOrTx, where: SQL, unsearched: SQL, q: TProjectListQuery): Promise<SQL> {
  const offset = (q.page - 1) * q.pageSize;
  if (q.q && offset + q.pageSize <= PROBE_ROWS) {
    const near = db
      .select({ id: projects.id, year: projects.year, code: projects.code, name: projects.name })
      .from(projects)
      .where(unsearched)
      .orderBy(...listOrder)
      .limit(PROBE_ROWS)
      .as('near');
    const found = await db
      .select({ id: near.id })
      .from(near)
      .where(containsAny(q.q, [near.name, near.code]))
      .orderBy(desc(near.year), near.code, near.id)
      .limit(q.pageSize)
      .offset(offset);
    if (found.length === q.pageSize) {
      return inArray(
        projects.id,
        found.map((r) => r.id),
      );
    }
  }
  const page = db
    .select({ id: projects.id })
    .from(projects)
    .where(where)
    .orderBy(...listOrder)
    .limit(q.pageSize)
    .offset(offset);
  return inArray(projects.id, page);
}
