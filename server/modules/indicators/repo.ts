import { and, asc, count, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { TIndicatorListQuery } from '../../../core/contracts/indicators';
import { libraryIndicators, targetIndicators } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { cachedTotals } from '../../platform/list-totals';
import { searchGrams } from '../../platform/search-grams';

/** How many target rows cite a library indicator (computed, never stored). */
const usage =
  sql<number>`(select count(*) from ${targetIndicators} ti where ti.library_indicator_id = "library_indicator"."id")`.mapWith(
    Number,
  );

export interface Visibility {
  /** Statuses the caller may see; department callers additionally see their own proposals. */
  statuses: string[] | null;
  ownOrgId: number | null;
}

export function listWhere(regionCode: string, q: Partial<TIndicatorListQuery>, v: Visibility): SQL {
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
  if (q.q)
    conds.push(searchGrams(q.q, [libraryIndicators.name, libraryIndicators.industry, libraryIndicators.category]));
  return and(...conds) as SQL;
}

/**
 * One page in library order (an index range of library_indicator_list_idx) and the total, which is recomputed
 * only when the region's library changes (`totalsKey` names the visibility and filters behind `where`).
 */
export async function listIndicators(
  db: DbOrTx,
  regionCode: string,
  where: SQL,
  totalsKey: string,
  page: number,
  pageSize: number,
) {
  const order = [
    asc(libraryIndicators.fieldCode),
    asc(libraryIndicators.level1),
    asc(libraryIndicators.level2),
    asc(libraryIndicators.id),
  ];
  // The page's ids first (an index range), so the usage count runs for the page only, not for skipped rows.
  const ids = db
    .select({ id: libraryIndicators.id })
    .from(libraryIndicators)
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const items = await db
    .select({ row: libraryIndicators, usageCount: usage })
    .from(libraryIndicators)
    .where(inArray(libraryIndicators.id, ids))
    .orderBy(...order);
  const total = await cachedTotals(db, regionCode, 'library_indicator', totalsKey, async () => {
    const [row] = await db.select({ n: count() }).from(libraryIndicators).where(where);
    return row.n;
  });
  return { items: items.map((i) => ({ ...i.row, usageCount: i.usageCount })), total };
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
