import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('audit trail', () => {
  it('cannot be updated, deleted or truncated, even by the database owner', async () => {
    const before = (await t.database.pool.query('select count(*)::int as n from audit_event')).rows[0].n;
    for (const statement of [
      "update audit_event set reason = 'x'",
      'delete from audit_event',
      'truncate audit_event',
    ]) {
      await expect(t.database.pool.query(statement)).rejects.toThrow(/append-only/);
    }
    const after = (await t.database.pool.query('select count(*)::int as n from audit_event')).rows[0].n;
    expect(after).toBe(before);
  });

  it('records who changed what with before/after, browsable by admin and leader only', async () => {
    const admin = await t.as('admin');
    const org = (await admin.get('/api/org/units?kind=department')).json()[0];
    const body = {
      kind: 'department',
      parentId: null,
      code: org.code,
      name: `${org.name}（改）`,
      shortName: org.shortName,
      sort: org.sort,
      active: true,
      version: org.version,
    };
    expect((await admin.put(`/api/org/units/${org.id}`, body)).statusCode).toBe(200);
    const list = (await admin.get(`/api/audit?entity=orgUnit&entityId=${org.id}`)).json();
    expect(list.items[0]).toMatchObject({ action: 'update', actorName: '系统管理员', entity: 'orgUnit' });
    expect(list.items[0].before.name).toBe(org.name);
    expect(list.items[0].after.name).toBe(`${org.name}（改）`);
    const leader = await t.as('leader');
    expect((await leader.get('/api/audit')).statusCode).toBe(200);
    const finance = await t.as('finance');
    expect((await finance.get('/api/audit')).statusCode).toBe(403);
    const history = (await finance.get(`/api/audit/history?entity=orgUnit&entityId=${org.id}`)).json();
    // The history drawer shows the same change table as the audit log: it needs before and after too.
    expect(history.at(-1)).toMatchObject({
      action: 'update',
      before: { name: org.name },
      after: { name: `${org.name}（改）` },
    });
  });

  it('filters by business dates: a day runs from 00:00 to 24:00 Beijing time', async () => {
    const admin = await t.as('admin');
    const { rows } = await t.database.pool.query("select region_code from app_user where username = 'admin'");
    await t.database.pool.query(
      `insert into audit_event (region_code, at, entity, entity_id, action)
       values ($1, $2, 'tzBoundary', 'late', 'create'), ($1, $3, 'tzBoundary', 'early', 'create')`,
      [rows[0].region_code, '2025-06-30T15:59:59Z', '2025-06-30T16:30:00Z'], // 06-30 23:59:59 and 07-01 00:30 Beijing
    );
    const on = async (date: string) =>
      (
        (await admin.get(`/api/audit?entity=tzBoundary&from=${date}&to=${date}`)).json().items as { entityId: string }[]
      ).map((e) => e.entityId);
    expect(await on('2025-06-30')).toEqual(['late']);
    expect(await on('2025-07-01')).toEqual(['early']);
  });

  it('hash-chains rows per region and reports the first broken link', async () => {
    const admin = await t.as('admin');
    const ok = (await admin.get('/api/audit/verify')).json();
    expect(ok.intact).toBe(true);
    expect(ok.checked).toBeGreaterThan(3);
    // Tampering needs the trigger out of the way (a superuser could do it): the chain still tells.
    await t.database.pool.query('alter table audit_event disable trigger audit_event_no_update');
    const { rows } = await t.database.pool.query('select id from audit_event order by id limit 1 offset 1');
    await t.database.pool.query("update audit_event set reason = '篡改' where id = $1", [rows[0].id]);
    await t.database.pool.query('alter table audit_event enable trigger audit_event_no_update');
    const broken = (await admin.get('/api/audit/verify')).json();
    expect(broken.intact).toBe(false);
    expect(broken.firstBrokenId).toBe(Number(rows[0].id));
  });
});
