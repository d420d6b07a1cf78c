import { desc, type SQL, sql } from 'drizzle-orm';
import { PROJECT_SEARCH_CAP, type TProjectListPage, type TProjectListQuery } from '../../../core/contracts/projects';
import { projects } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

/** The list order: year desc, code (project_list_idx), id as tie-breaker. */
export const listOrder = [sql`${projects.year} desc nulls last`, projects.code, projects.id];

/**
 * A keyword search lists (and counts and sums) at most this many matches; above it the total reads "2,000+" and the
 * sums are left out. It bounds the work of a new word: ≤ 2,001 rows read and sorted, ≤ 8 KB of ids cached.
 */
export const SEARCH_CAP = PROJECT_SEARCH_CAP;

/** How many first matches (in list order) of a word above the cap are kept: its first 10 pages of 20. */
const HEAD_IDS = 200;

export interface SearchMatches {
  total: number;
  /** More than the cap matched: total is the cap, sums are null and ids holds the first HEAD_IDS matches only. */
  capped: boolean;
  sums: TProjectListPage['sums'];
  /** Matches in list order: all of them, or the first HEAD_IDS when capped. */
  ids: Int32Array;
}

/** Ids of the rows matching `where`, in list order (a walk of project_list_idx for the page's range). */
export function idsInOrder(db: DbOrTx, where: SQL, limit: number, offset = 0) {
  return db
    .select({ id: projects.id })
    .from(projects)
    .where(where)
    .orderBy(...listOrder)
    .limit(limit)
    .offset(offset);
}

/**
 * The matches of a keyword search, cached per list stamp with the totals (repo.ts), so that pages are then slices of
 * ids. `searched` holds the gram condition: any cap + 1 matches are read (the gram index, a bitmap scan without
 * recheck, for a word with few matches; a common word stops after cap + 1 rows whatever the plan) and sorted.
 * Above the cap, the first HEAD_IDS matches come from a walk in list order that checks ILIKE alone (`walked`): the
 * gram condition would evaluate jx_grams per walked row (15 µs each).
 */
export async function searchMatches(db: DbOrTx, searched: SQL, walked: SQL, cap = SEARCH_CAP): Promise<SearchMatches> {
  const m = db
    .select({
      id: projects.id,
      year: projects.year,
      code: projects.code,
      requested: projects.requestedAmount,
      approved: projects.approvedAmount,
      adjusted: projects.adjustedAmount,
    })
    .from(projects)
    .where(searched)
    .limit(cap + 1)
    .as('m');
  const rows = await db
    .select({ id: m.id, requested: m.requested, approved: m.approved, adjusted: m.adjusted })
    .from(m)
    .orderBy(desc(m.year), m.code, m.id);
  if (rows.length > cap) {
    const head = await idsInOrder(db, walked, HEAD_IDS);
    return { total: cap, capped: true, sums: null, ids: Int32Array.from(head, (r) => r.id) };
  }
  const sums = { requested: 0, approved: 0, adjusted: 0 };
  for (const r of rows) {
    sums.requested += r.requested;
    sums.approved += r.approved ?? 0;
    sums.adjusted += r.adjusted ?? 0;
  }
  return { total: rows.length, capped: false, sums, ids: Int32Array.from(rows, (r) => r.id) };
}

/**
 * The page's project ids in list order: a slice of the cached matches of a keyword when they cover the page;
 * otherwise read in list order (without a keyword an index-only range of project_list_idx; for a deep page of a word
 * above the cap a walk checking ILIKE alone). The joins and the target status then run for the page's rows only,
 * never for rows an offset skips.
 */
export async function pageIds(db: DbOrTx, walked: SQL, q: TProjectListQuery, matches: SearchMatches | null) {
  const offset = (q.page - 1) * q.pageSize;
  const end = offset + q.pageSize;
  if (matches && (!matches.capped || end <= matches.ids.length)) return Array.from(matches.ids.subarray(offset, end));
  return (await idsInOrder(db, walked, q.pageSize, offset)).map((r) => r.id);
}
