import { type Column, getTableName, type SQL, sql } from 'drizzle-orm';

/**
 * A column of the outer query inside a correlated subquery of a select field, always written with its table name.
 * Drizzle writes the columns of a select from one table without it ("id"), and inside
 * `(select count(*) from agency_engagement e where e.agency_id = "id")` the bare name is the subquery's own column:
 * every row then counted the same rows (the agency and training lists did).
 */
export function outer(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
