import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, testDriver } from '../../test/db';
import type { Database } from './client';

let database: Database;
beforeAll(async () => {
  database = await createEmptyDatabase();
});
afterAll(async () => database.close());

describe('connect', () => {
  it.runIf(testDriver === 'postgres')(
    'opens PostgreSQL sessions with JIT off, on every pooled connection',
    async () => {
      const clients = await Promise.all([database.pool.connect(), database.pool.connect()]);
      try {
        for (const client of clients) expect((await client.query('show jit')).rows[0].jit).toBe('off');
      } finally {
        for (const client of clients) client.release();
      }
    },
  );

  it('answers queries on either driver', async () => {
    expect((await database.pool.query('select 1 + 1 as n')).rows[0].n).toBe(2);
  });
});
