import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '../test/db';
import type { Database } from './db/client';
import { executeWith } from './planner';

let database: Database;
beforeAll(async () => {
  database = await createEmptyDatabase();
});
afterAll(async () => database.close());

const probe = sql`select current_setting('enable_nestloop') as nl, current_setting('extra_float_digits') as fd`;

describe('executeWith', () => {
  it('changes the settings for its statement only, inside the caller’s transaction', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('extra_float_digits', '2', true)`);
      const during = await executeWith(tx, { enable_nestloop: 'off', extra_float_digits: '1' }, probe);
      expect(during.rows[0]).toEqual({ nl: 'off', fd: '1' });
      expect((await tx.execute(probe)).rows[0]).toEqual({ nl: 'on', fd: '2' });
    });
  });

  it('outside a transaction runs in one of its own and leaves the session as it was', async () => {
    const during = await executeWith(database.db, { enable_nestloop: 'off' }, probe);
    expect(during.rows[0]).toMatchObject({ nl: 'off' });
    expect((await database.db.execute(probe)).rows[0]).toMatchObject({ nl: 'on' });
  });
});
