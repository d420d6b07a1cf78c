import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Field = { id: number; code: string; name: string; keywords: string; sort: number; active: boolean };

describe('key fields (重点领域) editing', () => {
  it('the admin renames, re-sorts and disables a field; the change is audited with before and after', async () => {
    const admin = await t.as('admin');
    const list: Field[] = (await admin.get('/api/org/fields')).json();
    expect(list).toHaveLength(12);
    const f = list[0];
    const res = await admin.put(`/api/org/fields/${f.id}`, {
      ...f,
      name: `${f.name}（调整）`,
      sort: 99,
      active: false,
    });
    expect(res.statusCode).toBe(200);
    const after: Field[] = (await admin.get('/api/org/fields')).json();
    expect(after.at(-1)).toMatchObject({ id: f.id, name: `${f.name}（调整）`, sort: 99, active: false });
    const { rows } = await t.database.pool.query(
      "select action, before, after from audit_event where entity = 'field' and entity_id = $1 order by id desc limit 1",
      [f.id],
    );
    expect(rows[0].action).toBe('update');
    expect([rows[0].before.name, rows[0].before.active]).toEqual([f.name, true]);
    expect([rows[0].after.name, rows[0].after.active]).toEqual([`${f.name}（调整）`, false]);
  });

  it('the code is fixed once created; finance and units cannot edit fields', async () => {
    const admin = await t.as('admin');
    const [f]: Field[] = (await admin.get('/api/org/fields')).json();
    expect((await admin.put(`/api/org/fields/${f.id}`, { ...f, code: 'renamedCode' })).json().code).toBe(
      'VALIDATION_FAILED',
    );
    for (const role of ['finance', 'unit'] as const) {
      expect((await (await t.as(role)).put(`/api/org/fields/${f.id}`, { ...f, name: 'x' })).statusCode).toBe(403);
    }
    const { rows } = await t.database.pool.query('select code, name from field where id = $1', [f.id]);
    expect(rows[0]).toEqual({ code: f.code, name: f.name });
  });
});
