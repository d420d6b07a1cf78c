import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import { rowsOfNamed } from '../../../platform/prepared';

export type Row = Record<string, unknown>;

/**
 * Several one-row aggregate subqueries (no GROUP BY) as one statement: one round trip and one plan instead of one
 * each. Each part comes back as its row (to_jsonb, so parts may share column names). `preparedAs` names it as a
 * prepared statement (outside transactions; the parts' text must then be the same on every call).
 */
export async function oneRowEach<K extends string>(
  db: DbOrTx,
  parts: Record<K, SQL>,
  preparedAs?: string,
): Promise<Record<K, Row>> {
  const names = Object.keys(parts) as K[];
  // Scalar subqueries, not a FROM list: twelve FROM items make the planner search join orders (GEQO from 12).
  const query = sql`select ${sql.join(
    names.map((n) => sql`(select to_jsonb(part) from (${parts[n]}) as part) as ${sql.identifier(n)}`),
    sql`, `,
  )}`;
  const rows = preparedAs ? await rowsOfNamed(db, preparedAs, query) : (await db.execute(query)).rows;
  return rows[0] as Record<K, Row>;
}

/** A count or sum of a part's row as a number (0 when absent). */
export const num = (row: Row | undefined, key: string) => Number(row?.[key] ?? 0);
