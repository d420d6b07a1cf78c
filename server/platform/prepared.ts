import { type AnyColumn, and, eq, type SQL, sql } from 'drizzle-orm';
import { PgDialect, PgTransaction } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Db, DbOrTx } from './db/client';

/**
 * Named prepared statements of the hottest reads, built once per database handle and planned once per connection:
 * under load, building each query's SQL text was a quarter of the server's CPU on the project detail (1,010 → 1,700+
 * req/s at 64 connections once prepared). `build` makes the statements for one handle.
 */
export function preparedFor<T>(build: (db: Db) => T) {
  const byDb = new WeakMap<Db, T>();
  return (db: Db): T => {
    const known = byDb.get(db);
    if (known) return known;
    const made = build(db);
    byDb.set(db, made);
    return made;
  };
}

/** The handle when it is the pool itself (prepared statements run outside any transaction), else null. */
export const outsideTransaction = (db: DbOrTx): Db | null => (db instanceof PgTransaction ? null : (db as Db));

/** The rows of a page of ids (placeholder `ids`, an int array) inside one region (placeholder `region`). */
export const idsInRegion = (id: AnyColumn, regionCode: AnyColumn) =>
  and(sql`${id} = any(${sql.placeholder('ids')}::int[])`, eq(regionCode, sql.placeholder('region')));

const dialect = new PgDialect();

/**
 * A statement built with sql`…` as a named prepared statement, parsed and planned once per connection (for a statement
 * of many subqueries planning costs more than running it): on the pool outside a transaction, or on the
 * transaction's own connection inside one. Under one name the text must never vary, only the parameters (pg refuses
 * a second text).
 */
export async function queryNamed(db: DbOrTx, name: string, query: SQL): Promise<pg.QueryResult> {
  // drizzle() puts the pg pool on the handle as $client (the Db type leaves it out); a node-postgres transaction
  // keeps its pool client on its session.
  const client =
    (outsideTransaction(db) as (Db & { $client?: pg.Pool }) | null)?.$client ??
    (db as unknown as { session?: { client?: pg.PoolClient } }).session?.client;
  if (!client?.query) return (await db.execute(query)) as unknown as pg.QueryResult;
  const { sql: text, params } = dialect.sqlToQuery(query);
  return client.query({ name, text, values: params });
}

/** The rows of a statement built with sql`…`, run as a named prepared statement (queryNamed). */
export async function rowsOfNamed(db: DbOrTx, name: string, query: SQL): Promise<Record<string, unknown>[]> {
  return (await queryNamed(db, name, query)).rows;
}
