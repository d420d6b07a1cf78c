import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db/client';

/** Lists whose table bumps list_version by trigger (migration list_search_grams). */
export type VersionedList = 'project' | 'library_indicator';

const MAX_ENTRIES = 5000;
const cache = new Map<string, unknown>();

async function listVersion(db: DbOrTx, regionCode: string, list: VersionedList) {
  const res = await db.execute(
    sql`select max(version) as version from list_version where region_code = ${regionCode} and list = ${list}`,
  );
  return String(res.rows[0]?.version ?? 0);
}

/**
 * Totals of a list (count, sums) over a whole filter, computed once per change of the list in the region: the key
 * is the region's latest list_version stamp (appended by a statement trigger on every insert/update/delete, from a
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
