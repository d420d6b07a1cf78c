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
