import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, createTestDatabase } from '../../test/db';
import { backupDatabase, restoreDatabase, tableChecksums } from './backup';
import type { Database } from './client';
import { runMigrations } from './client';

let source: Database;
const file = path.join(import.meta.dirname, `../../../.tmp/backup-test-${process.pid}.jsonl.gz`);

beforeAll(async () => {
  source = await createTestDatabase();
});
afterAll(async () => {
  await source.close();
  if (!process.env.KEEP_BACKUP) fs.rmSync(file, { force: true });
});

describe('backup and restore', () => {
  it('round-trips the demo database: same row counts and checksum for every table, audit chain intact', async () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const counts = await backupDatabase(source.pool, file);
    expect(counts.org_unit).toBeGreaterThan(90);
    const target = await createEmptyDatabase();
    try {
      await runMigrations(target.db);
      await restoreDatabase(target.pool, file);
      const [a, b] = [await tableChecksums(source.pool), await tableChecksums(target.pool)];
      expect(Object.keys(b)).toEqual(Object.keys(a));
      for (const table of Object.keys(a)) expect({ table, ...b[table] }).toEqual({ table, ...a[table] });
      // identities continue after the restored ids: a new row gets a fresh id
      const { rows } = await target.pool.query(
        "insert into region (code, name, level) values ('999999', '测试', 'district') returning code",
      );
      expect(rows[0].code).toBe('999999');
      const next = await target.pool.query(
        "insert into field (region_code, code, name) values ('420102', 'zzTest', '测试') returning id",
      );
      const max = await source.pool.query('select max(id) as m from field');
      expect(next.rows[0].id).toBeGreaterThan(Number(max.rows[0].m));
      // restoring into a non-empty database is refused and changes nothing
      await expect(restoreDatabase(target.pool, file)).rejects.toThrow(/不为空/);
    } finally {
      await target.close();
    }
  }, 240_000);
});
