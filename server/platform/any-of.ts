import { type AnyColumn, sql } from 'drizzle-orm';

/**
 * `column = any($1::int[])`: a list of ids as one parameter. inArray() sends one parameter per id, and at a few hundred
 * ids building, sending and planning those costs more than the query.
 */
export const anyOf = (column: AnyColumn, ids: readonly number[]) => sql`${column} = any(${intArray(ids)})`;

/** A list of ids as one `int[]` parameter, for raw SQL that names its columns through aliases. */
export const intArray = (ids: readonly number[]) => sql`${sql.param(ids)}::int[]`;
