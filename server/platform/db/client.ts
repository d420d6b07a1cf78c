import path from 'node:path';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from '../../db/schema/index';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; services pass it down so every write and its audit row commit together. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
export type Driver = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  pool: pg.Pool;
  driver: Driver;
  close(): Promise<void>;
}

// bigint (int8) and numeric come back as strings from pg; money columns use mode 'number' in Drizzle,
// and count(*) goes through mapWith(Number), so the raw parsers stay as they are.

/**
 * Opens a pg pool with Drizzle on top. PGlite serves one session, so its pool holds one connection. PostgreSQL
 * sessions run with JIT off: the planner's estimates for the recursive and set-based statements (results chains,
 * warnings) price them above jit_above_cost, and compiling cost more than running (75 of 88 ms; 1.5 s vs 0.1 s),
 * while no query of this application runs long enough to win it back. PGlite has no JIT.
 */
export function connect(url: string, driver: Driver, onClose?: () => Promise<void>): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: driver === 'pglite' ? 1 : 10,
    idleTimeoutMillis: 0,
    ...(driver === 'postgres' ? { options: '-c jit=off' } : {}),
  });
  pool.on('error', (err) => console.error('数据库连接错误', err.message));
  const db = drizzle(pool, { schema });
  return {
    db,
    pool,
    driver,
    async close() {
      await pool.end();
      await onClose?.();
    },
  };
}

export const migrationsFolder = path.join(import.meta.dirname, '../../../drizzle');

/** Applies the committed SQL migrations (forward-only). */
export async function runMigrations(db: Db) {
  await migrate(db, { migrationsFolder });
}
