import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Ctx } from './context';
import type { Tx } from './db/client';
import { AppError } from './errors';

/** Runs a write use case in one transaction; leaders are read-only everywhere. */
export async function write<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (ctx.actor.role === 'leader') throw new AppError('FORBIDDEN', '领导查阅账号为只读账号');
  return ctx.db.transaction(fn);
}

/** Optimistic concurrency: throws CONFLICT when the stored version differs from the one the client edited. */
export function assertVersion(stored: number, given: number | undefined) {
  if (given !== undefined && stored !== given) throw new AppError('CONFLICT');
}

/** A table with the columns a guarded state transition needs. */
type Transitionable = PgTable & { id: PgColumn; version: PgColumn };

/**
 * Guarded state transition: `UPDATE … SET <set>, version = version + 1 WHERE id = :id AND <state> = :from AND
 * version = :version RETURNING *`. The state and version are the ones read in this transaction, so of two
 * concurrent double submits / approvals only one updates a row; the other gets CONFLICT (409) and writes
 * nothing else (its transaction is rolled back with the error).
 */
export async function transition<T extends Transitionable>(args: {
  tx: Tx;
  table: T;
  id: number;
  state: PgColumn;
  from: string;
  version: number;
  set: PgUpdateSetSource<T>;
}): Promise<T['$inferSelect']> {
  const { tx, table, id, state, from, version, set } = args;
  const rows = await tx
    .update(table)
    .set({ ...set, version: sql`${table.version} + 1` })
    .where(and(eq(table.id, id), eq(state, from), eq(table.version, version)))
    .returning();
  // drizzle cannot resolve `returning()` for a generic table; it is the table's row type.
  const [row] = rows as T['$inferSelect'][];
  if (!row) throw new AppError('CONFLICT', '该单据已被他人处理或修改，请刷新后重试');
  return row;
}
