import { and, asc, count, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { TIndicatorListQuery } from '../../../core/contracts/indicators';
import { libraryIndicators, targetIndicators } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { containsAny } from '../../platform/like';
import { outer } from '../../platform/outer-column';
import { idsInRegion, outsideTransaction, preparedFor } from '../../platform/prepared';
import { searchGrams } from '../../platform/search-grams';
import { stampCached } from '../../platform/stamp-cache';

/** How many target rows cite a library indicator (computed, never stored). */
const usage =
  sql<number>`(select count(*) from ${targetIndicators} ti where ti.library_indicator_id = ${outer(libraryIndicators.id)})`.mapWith(
    Number,
  );

export interface Visibility {
  /** Statuses the caller may see; department callers additionally see their own proposals. */
  statuses: string[] | null;
  ownOrgId: number | null;
}

/** `grams: false` checks a keyword by ILIKE alone (see listIndicators). */
export function listWhere(regionCode: string, q: Partial<TIndicatorListQuery>, v: Visibility, grams = true): SQL {
  const conds: SQL[] = [eq(libraryIndicators.regionCode, regionCode)];
  if (q.year) conds.push(eq(libraryIndicators.year, q.year));
  if (q.fieldCode === 'common') conds.push(isNull(libraryIndicators.fieldCode));
  else if (q.fieldCode) conds.push(eq(libraryIndicators.fieldCode, q.fieldCode));
  if (q.level1) conds.push(eq(libraryIndicators.level1, q.level1));
  if (q.level2) conds.push(eq(libraryIndicators.level2, q.level2));
  if (q.layer) conds.push(eq(libraryIndicators.layer, q.layer));
  if (q.status) conds.push(eq(libraryIndicators.status, q.status));
  if (v.statuses) {
    const visible = inArray(libraryIndicators.status, v.statuses);
    conds.push(v.ownOrgId ? (or(visible, eq(libraryIndicators.proposedByOrgId, v.ownOrgId)) as SQL) : visible);
  }
  const searched = [libraryIndicators.name, libraryIndicators.industry, libraryIndicators.category];
  if (q.q) conds.push(grams ? searchGrams(q.q, searched) : containsAny(q.q, searched));
  return and(...conds) as SQL;
}

/** The library order (library_indicator_list_idx). */
const order = [
  asc(libraryIndicators.fieldCode),
  asc(libraryIndicators.level1),
  asc(libraryIndicators.level2),
  asc(libraryIndicators.id),
];

/** Up to this many matches of a keyword are kept as ids in library order; above it the word is common. */
const COMMON_MATCHES = 2000;

/**
 * The total of a filter and, for a keyword with ≤ commonAbove matches, every match's id in library order: any
 * commonAbove + 1 matches are read (the gram index for a rare word) and sorted; a commoner word is counted instead.
 */
async function countMatches(db: DbOrTx, where: SQL, keyword: boolean, commonAbove: number) {
  if (keyword) {
    const m = db
      .select({
        id: libraryIndicators.id,
        fieldCode: libraryIndicators.fieldCode,
        level1: libraryIndicators.level1,
        level2: libraryIndicators.level2,
      })
      .from(libraryIndicators)
      .where(where)
      .limit(commonAbove + 1)
      .as('m');
    const rows = await db
      .select({ id: m.id })
      .from(m)
      .orderBy(asc(m.fieldCode), asc(m.level1), asc(m.level2), asc(m.id));
    if (rows.length <= commonAbove) return { total: rows.length, ids: Int32Array.from(rows, (r) => r.id) };
  }
  const [row] = await db.select({ n: count() }).from(libraryIndicators).where(where);
  return { total: row.n, ids: null };
}

/** A page's rows by id as a named prepared statement (platform/prepared.ts). */
const pageQueries = preparedFor((db) => ({
  byIds: db
    .select({ row: libraryIndicators, usageCount: usage })
    .from(libraryIndicators)
    .where(idsInRegion(libraryIndicators.id, libraryIndicators.regionCode))
    .orderBy(...order)
    .prepare('indicator_page_by_ids'),
}));

/**
 * One page in library order and the total, both recomputed only when the region's library changes (`totalsKey`
 * names the visibility and filters behind `where`). The page is a slice of a keyword's cached match ids; otherwise
 * an index range of library_indicator_list_idx, where a common keyword is checked by ILIKE alone (`commonWhere`):
 * through the gram condition each walked row would cost a jx_grams call (page 50 of 率: 184 ms; 道路, whose
 * 1,120 matches the planner took for 154, walked 11,800 rows for page 1).
 */
export async function listIndicators(
  db: DbOrTx,
  o: {
    regionCode: string;
    where: SQL;
    /** The filter with the keyword checked by ILIKE alone; null without a keyword. */
    commonWhere: SQL | null;
    totalsKey: string;
    page: number;
    pageSize: number;
    commonAbove?: number;
  },
) {
  const commonAbove = o.commonAbove ?? COMMON_MATCHES;
  const matches = await stampCached(db, o.regionCode, 'library_indicator', `${o.totalsKey}|${commonAbove}`, () =>
    countMatches(db, o.where, o.commonWhere !== null, commonAbove),
  );
  const offset = (o.page - 1) * o.pageSize;
  // The page's ids first, so the usage count runs for the page only, not for skipped rows.
  const ids = matches.ids
    ? Array.from(matches.ids.subarray(offset, offset + o.pageSize))
    : (
        await db
          .select({ id: libraryIndicators.id })
          .from(libraryIndicators)
          .where(o.commonWhere ?? o.where)
          .orderBy(...order)
          .limit(o.pageSize)
          .offset(offset)
      ).map((r) => r.id);
  const items = await pageRows(db, o.regionCode, ids);
  return { items: items.map((i) => ({ ...i.row, usageCount: i.usageCount })), total: matches.total };
}

/** A page's rows by id in library order, inside the region (cached ids must not outlive a row leaving it). */
async function pageRows(db: DbOrTx, regionCode: string, ids: number[]) {
  const pool = outsideTransaction(db);
  if (pool) return pageQueries(pool).byIds.execute({ ids, region: regionCode });
  return db
    .select({ row: libraryIndicators, usageCount: usage })
    .from(libraryIndicators)
    .where(and(inArray(libraryIndicators.id, ids), eq(libraryIndicators.regionCode, regionCode)))
    .orderBy(...order);
}

export async function allIndicators(db: DbOrTx, where: SQL) {
  return db
    .select()
    .from(libraryIndicators)
    .where(where)
    .orderBy(asc(libraryIndicators.fieldCode), asc(libraryIndicators.id));
}

export async function findIndicator(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select({ row: libraryIndicators, usageCount: usage })
    .from(libraryIndicators)
    .where(and(eq(libraryIndicators.id, id), eq(libraryIndicators.regionCode, regionCode)));
  return row ? { ...row.row, usageCount: row.usageCount } : undefined;
}

/** Keys `field|name` of the year's indicators (to refuse duplicates before writing). */
export async function existingKeys(db: DbOrTx, regionCode: string, year: number) {
  const rows = await db
    .select({ id: libraryIndicators.id, fieldCode: libraryIndicators.fieldCode, name: libraryIndicators.name })
    .from(libraryIndicators)
    .where(and(eq(libraryIndicators.regionCode, regionCode), eq(libraryIndicators.year, year)));
  return new Map(rows.map((r) => [keyOf(r.fieldCode, r.name), r.id]));
}

export const keyOf = (fieldCode: string | null, name: string) => `${fieldCode ?? ''}|${name.replace(/\s+/g, '')}`;
