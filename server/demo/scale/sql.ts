import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';

/** What one generator run works on: the region codes it creates and the seed of its hash-based randomness. */
export interface GenScope {
  db: DbOrTx;
  seed: number;
  codes: string[];
  log: (line: string) => void;
}

/** A SQL string literal (catalog text only; quotes doubled). */
export function lit(text: string) {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A text[] literal from trusted catalog strings. */
export function litArray(items: readonly string[]) {
  return `ARRAY[${items.map(lit).join(',')}]::text[]`;
}

/** `region_code = ANY(ARRAY[...])` for the generated regions of this run. */
export function inRegions(g: GenScope, column = 'region_code') {
  return `${column} = ANY(${litArray(g.codes)})`;
}

/** Deterministic pseudo-random integer in [0, m) from the seed and a text key expression. */
export function h(g: GenScope, key: string, m: number) {
  return `((hashtext('${Math.trunc(g.seed)}:' || (${key})::text)::bigint & 2147483647) % ${Math.trunc(m)})`;
}

export interface StepResult {
  table: string;
  rows: number;
  seconds: number;
  rowsPerSec: number;
}

/** Runs one set-based statement, timing it and logging rows/s. */
export async function step(g: GenScope, table: string, statement: string | SQL): Promise<StepResult> {
  const t0 = performance.now();
  const res = await g.db.execute(typeof statement === 'string' ? sql.raw(statement) : statement);
  const seconds = (performance.now() - t0) / 1000;
  const rows = res.rowCount ?? 0;
  const rowsPerSec = Math.round(rows / Math.max(seconds, 0.001));
  g.log(
    `  ${table.padEnd(28)} ${String(rows).padStart(10)} rows  ${seconds.toFixed(2).padStart(7)} s  ${rowsPerSec} rows/s`,
  );
  return { table, rows, seconds, rowsPerSec };
}
