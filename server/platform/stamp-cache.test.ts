import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app';
import { pruneStamps, regionStamp, stampCached } from './stamp-cache';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const R = '420102';
const q = async (text: string, params: unknown[] = []) => (await t.database.pool.query(text, params)).rows;

/** A cached value whose computations are counted. */
function counted() {
  let calls = 0;
  const get = (key: string) =>
    stampCached(t.database.db, R, null, key, async () => {
      calls += 1;
      return calls;
    });
  return { get, calls: () => calls };
}

describe('region change stamps', () => {
  it('every table with a region_code (but the audit log and the stamps) stamps its inserts, updates and deletes', async () => {
    const tables = await q(
      `select c.table_name as t from information_schema.columns c
         join information_schema.tables tb on tb.table_schema = c.table_schema and tb.table_name = c.table_name
        where c.table_schema = current_schema() and c.column_name = 'region_code' and tb.table_type = 'BASE TABLE'
          and c.table_name not in ('audit_event', 'list_version')`,
    );
    expect(tables.length).toBeGreaterThan(30);
    const triggers = new Set((await q('select tgname from pg_trigger')).map((r) => r.tgname as string));
    const missing = tables.flatMap(({ t: name }) =>
      ['ins', 'upd', 'del'].map((op) => `${name}_list_version_${op}`).filter((g) => !triggers.has(g)),
    );
    expect(missing).toEqual([]);
  });

  it('recomputes after any committed write in the region, not after a statement that changes nothing', async () => {
    const c = counted();
    expect(await c.get('k1')).toBe(1);
    expect(await c.get('k1')).toBe(1);
    await q("update feedback_ticket set status = status where region_code = '000000'");
    expect(await c.get('k1')).toBe(1);
    await q(
      'update rectification_item set status = status where id = (select min(id) from rectification_item where region_code = $1)',
      [R],
    );
    expect(await c.get('k1')).toBe(2);
    // Another key of the same stamp is its own entry.
    expect(await c.get('k2')).toBe(3);
  });

  it('a write rolled back leaves no trace in the stamp', async () => {
    const before = await regionStamp(t.database.db, R, null);
    const client = await t.database.pool.connect();
    try {
      await client.query('begin');
      await client.query("update org_unit set sort = sort where region_code = $1 and kind = 'department'", [R]);
      await client.query('rollback');
    } finally {
      client.release();
    }
    expect(await regionStamp(t.database.db, R, null)).toBe(before);
  });

  it('pruning folds the rows without changing any stamp, so cached values stay valid', async () => {
    for (let i = 0; i < 3; i++)
      await q('update project set name = name where id = (select min(id) from project where region_code = $1)', [R]);
    const lists = (await q('select distinct list from list_version where region_code = $1', [R])).map(
      (r) => r.list as string,
    );
    const stamps = async () => Promise.all([null, ...lists].map((l) => regionStamp(t.database.db, R, l)));
    const before = await stamps();
    const c = counted();
    const first = await c.get('prune');
    expect(await pruneStamps(t.database.db)).toBeGreaterThan(0);
    expect(await stamps()).toEqual(before);
    const [{ n }] = await q('select count(*)::int as n from list_version where region_code = $1', [R]);
    expect(n).toBe(lists.length);
    expect(await pruneStamps(t.database.db)).toBe(0);
    expect(await c.get('prune')).toBe(first);
    await q('update project set name = name where id = (select min(id) from project where region_code = $1)', [R]);
    expect(await regionStamp(t.database.db, R, 'project')).not.toBe(before[1 + lists.indexOf('project')]);
    expect(await c.get('prune')).toBe(first + 1);
  });
});
