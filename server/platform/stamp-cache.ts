import { and, eq, inArray, sql } from 'drizzle-orm';
import { listVersions } from '../db/schema/index';
import type { DbOrTx } from './db/client';
import { outsideTransaction, preparedFor } from './prepared';

/**
 * Values computed from a region's rows, cached in process and keyed by the region's change stamp (table
 * list_version, appended by statement triggers on every table with a region_code; see the schema note there).
 *
 * A stamp is the newest version plus the number of writing statements (sum of weights). The number matters because
 * versions come from a sequence when a statement runs, not when it commits: a transaction that took version 10 and
 * commits after another's version 11 leaves the maximum at 11 but adds one. The stamp is read before the value is
 * computed, so a write racing with the computation can only make a cached entry newer, never older, than its key.
 * Several API processes stay correct: each caches against the database's stamp.
 */

const MAX_ENTRIES = 5000;
/** Promises, so concurrent requests for the same key and stamp share one computation (no stampede). */
const cache = new Map<string, Promise<unknown>>();

const stampColumns = {
  version: sql<string | null>`max(${listVersions.version})`,
  n: sql<string>`coalesce(sum(${listVersions.weight}), 0)`,
};
const stampQueries = preparedFor((db) => ({
  region: db
    .select(stampColumns)
    .from(listVersions)
    .where(eq(listVersions.regionCode, sql.placeholder('region')))
    .prepare('stamp_region'),
  table: db
    .select(stampColumns)
    .from(listVersions)
    .where(and(eq(listVersions.regionCode, sql.placeholder('region')), eq(listVersions.list, sql.placeholder('list'))))
    .prepare('stamp_table'),
}));

/** One string of the stamps of several tables' rows in a region, read in one query (each table as regionStamp). */
export async function tablesStamp(db: DbOrTx, regionCode: string, tables: readonly string[]) {
  const rows = await db
    .select({ list: listVersions.list, ...stampColumns })
    .from(listVersions)
    .where(and(eq(listVersions.regionCode, regionCode), inArray(listVersions.list, [...tables])))
    .groupBy(listVersions.list);
  const byList = new Map(rows.map((r) => [r.list, `${r.version ?? 0}:${r.n ?? 0}`]));
  return tables.map((t) => byList.get(t) ?? '0:0').join('|');
}

/** The stamp of one table's rows in a region, or (table null) of all the region's rows. */
export async function regionStamp(db: DbOrTx, regionCode: string, table: string | null) {
  const pool = outsideTransaction(db);
  const inRegion = eq(listVersions.regionCode, regionCode);
  const [row] = pool
    ? await (table === null
        ? stampQueries(pool).region.execute({ region: regionCode })
        : stampQueries(pool).table.execute({ region: regionCode, list: table }))
    : await db
        .select(stampColumns)
        .from(listVersions)
        .where(table === null ? inRegion : and(inRegion, eq(listVersions.list, table)));
  return `${row?.version ?? 0}:${row?.n ?? 0}`;
}

/**
 * compute() once per change of the region's rows (of `table`, or of any table when null) and `key` (which must hold
 * everything else the value depends on: scope, filters, today's date…). A request that finds the same key being
 * computed waits for that computation (it started after the same stamp); a failed computation is not kept.
 */
export async function stampCached<T>(
  db: DbOrTx,
  regionCode: string,
  table: string | null,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const k = `${table ?? '*'}|${regionCode}|${await regionStamp(db, regionCode, table)}|${key}`;
  const known = cache.get(k);
  if (known) return known as Promise<T>;
  const value = compute();
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(k, value);
  value.catch(() => cache.delete(k));
  return value;
}

/**
 * Folds every (region, table)'s stamp rows into its newest row, one statement: the rows deleted are added to the
 * newest row's weight, so max(version) and sum(weight) — every stamp — stay what they were, and the stamp query
 * reads one row per table again. Rows of transactions not yet committed are invisible here and stay. Safe while
 * writers run (concurrent prunes serialise on the newest row). Returns the rows removed.
 */
export async function pruneStamps(db: DbOrTx): Promise<number> {
  const res = await db.execute(sql`
    with m as (select region_code, list, max(version) as mx from list_version group by region_code, list
               having count(*) > 1),
      d as (delete from list_version v using m
            where v.region_code = m.region_code and v.list = m.list and v.version < m.mx
            returning v.region_code, v.list, v.weight),
      c as (select region_code, list, sum(weight) as w, count(*) as n from d group by region_code, list),
      u as (update list_version v set weight = v.weight + c.w from c, m
            where v.region_code = c.region_code and v.list = c.list
              and m.region_code = c.region_code and m.list = c.list and v.version = m.mx
            returning 1)
    select coalesce((select sum(n) from c), 0) as removed, (select count(*) from u) as folded`);
  return Number(res.rows[0]?.removed ?? 0);
}
