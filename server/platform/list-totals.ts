import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db/client';

/** Lists whose table bumps list_version by trigger (migration list_search_grams). */
export type VersionedList = 'project' | 'library_indicator';

const MAX_ENTRIES = 5000;
const cache = new Map<string, unknown>();

/**
 * The list's stamp: newest version and number of version rows. The count matters because versions come from a
 * sequence when a statement runs, not when it commits: a transaction that took version 10 and commits after another's
 * version 11 leaves the maximum at 11 but adds a row.
 */
async function listVersion(db: DbOrTx, regionCode: string, list: VersionedList) {
  const res = await db.execute(
    sql`select max(version) as version, count(*) as n from list_version where region_code = ${regionCode} and list = ${list}`,
  );
  return `${res.rows[0]?.version ?? 0}:${res.rows[0]?.n ?? 0}`;
}

/**
 * Totals of a list (count, sums) over a whole filter, computed once per change of the list in the region: the key
 * is the region's list_version stamp (newest version and row count; rows appended by a statement trigger on every insert/update/delete, from a
 * sequence, so never reused after a rollback) plus the caller's scope-and-filter key. The stamp is read before the
 * totals, so a write racing with the computation can only make a cached entry newer, never older, than its stamp.
 */
export async function cachedTotals<T>(
  db: DbOrTx,
  regionCode: string,
  list: VersionedList,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const version = await listVersion(db, regionCode, list);
  const k = `${list}|${regionCode}|${version}|${key}`;
  if (cache.has(k)) return cache.get(k) as T;
  const value = await compute();
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(k, value);
  return value;
}
