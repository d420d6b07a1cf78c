import { type SQL, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './db/client';

/**
 * Runs one statement with settings changed for it alone: set local to the transaction (the caller's, or one of its
 * own outside a transaction) and restored right after, so the caller's later statements run as before. For the
 * set-based statements whose row estimates mislead the planner (CTE and array inputs estimated at one row, where a
 * nested loop then compares thousands × thousands): they pass `enable_nestloop: 'off'`.
 */
export async function executeWith(
  db: DbOrTx,
  settings: Readonly<Record<string, string>>,
  query: SQL,
): Promise<{ rows: Record<string, unknown>[] }> {
  if (!(db instanceof PgTransaction)) return db.transaction((tx) => executeWith(tx, settings, query));
  const names = Object.keys(settings);
  const set = (values: Readonly<Record<string, string>>) =>
    names.map((name, i) => sql`set_config(${name}, ${values[name]}, true) as ${sql.identifier(`s${i}`)}`);
  // One round trip reads each current value (left to right, before its set_config) and sets the new one.
  const saved = await db.execute(
    sql`select ${sql.join(
      [...names.map((name) => sql`current_setting(${name}) as ${sql.identifier(name)}`), ...set(settings)],
      sql`, `,
    )}`,
  );
  const before = Object.fromEntries(names.map((name) => [name, String(saved.rows[0]?.[name])]));
  const res = await db.execute(query);
  await db.execute(sql`select ${sql.join(set(before), sql`, `)}`);
  return res;
}
