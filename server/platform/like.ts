import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Escapes % _ and \ so user text matches literally inside ILIKE. */
export function likePattern(q: string) {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case-insensitive substring match of q in any of the columns (works on PGlite and PostgreSQL, no extension). */
export function containsAny(q: string, cols: (PgColumn | SQL)[]): SQL {
  const p = likePattern(q);
  return sql`(${sql.join(
    cols.map((c) => sql`${c} ilike ${p}`),
    sql` or `,
  )})`;
}
