import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from './db/client';

/**
 * Reads for reports and dashboards that span modules built in parallel: a module's table may not exist
 * yet, so callers ask first and report 0 instead of failing.
 */
export async function tableExists(db: DbOrTx, table: string): Promise<boolean> {
  const res = await db.execute(sql`select to_regclass(${`public.${table}`}) is not null as ok`);
  const row = res.rows[0] as { ok?: boolean } | undefined;
  return row?.ok === true;
}

/** Rows of a raw read-only query. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const res = await db.execute(query);
  return res.rows as T[];
}

/** First row's numeric columns of an aggregate query, as numbers (pg returns bigint as strings); zeros when no table. */
export async function aggregate<K extends string>(
  db: DbOrTx,
  table: string,
  keys: readonly K[],
  query: SQL,
): Promise<Record<K, number>> {
  const zero = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  if (!(await tableExists(db, table))) return zero;
  const [row] = await queryRows<Record<string, unknown>>(db, query);
  for (const k of keys) zero[k] = Number(row?.[k] ?? 0);
  return zero;
}
