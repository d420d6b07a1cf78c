import { type AnyColumn, sql } from 'drizzle-orm';

/**
 * `column = any($1::int[])`: a list of ids as one parameter. inArray() sends one parameter per id, and at a few hundred
 * ids building, sending and planning those costs more than the query.
 */
export const anyOf = (column: AnyColumn, ids: number[]) => sql`${column} = any(${sql.param(ids)}::int[])`;
