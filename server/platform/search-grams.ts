import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { containsAny } from './like';

/**
 * Substring search served by a GIN index on `jx_grams(lower(c1 || ' ' || c2 …))` (migration list_search_grams):
 * the character pairs of q (jx_query_grams; the character itself for a one-character q) must all occur in the row
 * (index), then ILIKE keeps exact matches.
 * `cols` must be the indexed columns in the indexed order, or PostgreSQL will not use the index.
 * Indexed today: project (name, code) and library_indicator (name, industry, category).
 */
export function searchGrams(q: string, cols: PgColumn[]): SQL {
  const joined = sql.join(cols, sql.raw(` || ' ' || `));
  return sql`(jx_grams(lower(${joined})) @> jx_query_grams(lower(${q})) and ${containsAny(q, cols)})`;
}
