import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function counts() {
  const { rows } = await t.database.pool.query(
    'select (select count(*) from app_user)::int as users, (select count(*) from audit_event)::int as audits',
  );
  return rows[0] as { users: number; audits: number };
}

async function orgId(code: string) {
  const { rows } = await t.database.pool.query('select id from org_unit where code = $1', [code]);
  return rows[0].id as number;
}

describe('users', () => {
  it('admin creates a user who must change the temporary password first', async () => {
    const admin = await t.as('admin');
    const res = await admin.post('/api/users', {
      username: 'newclerk',
      displayName: '新填报员',
      role: 'unit',
      orgId: await orgId('104002'),
    });
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json();
    const clerk = await t.as('newclerk', temporaryPassword);
    const blocked = await clerk.get('/api/inbox');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (await clerk.post('/api/auth/change-password', { oldPassword: temporaryPassword, newPassword: 'Clerk#2026ok' }))
        .statusCode,
    ).toBe(200);
    expect((await clerk.get('/api/inbox')).statusCode).toBe(200);
  });

  it('a non-admin cannot create users: 403, nothing written, no audit row', async () => {
    const before = await counts();
    const finance = await t.as('finance');
    const res = await finance.post('/api/users', {
      username: 'sneaky',
      displayName: 'x',
      role: 'admin',
      orgId: await orgId('CZJ'),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    const after = await counts();
    expect(after.users).toBe(before.users);
    // the login above wrote its own audit row; the refused write wrote none
    expect(after.audits).toBe(before.audits + 1);
  });

  it('bad input gets 400 with a code and the field path', async () => {
    const admin = await t.as('admin');
    const res = await admin.post('/api/users', { username: '1x', displayName: '', role: 'boss', orgId: -1 });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['username', 'displayName', 'role', 'orgId']),
    );
  });

  it('a failed write inside the transaction leaves neither data nor audit', async () => {
    const admin = await t.as('admin');
    const before = await counts();
    // role "unit" cannot be bound to the bureau: refused after validation, inside the service
    const res = await admin.post('/api/users', {
      username: 'wrongorg',
      displayName: '错位',
      role: 'unit',
      orgId: await orgId('CZJ'),
    });
    expect(res.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('rejects a duplicate username with DUPLICATE', async () => {
    const admin = await t.as('admin');
    const res = await admin.post('/api/users', {
      username: 'finance',
      displayName: '重复',
      role: 'finance',
      orgId: await orgId('CZJ'),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('DUPLICATE');
  });

  it('refuses a stale update with CONFLICT', async () => {
    const admin = await t.as('admin');
    const list = (await admin.get('/api/users?q=leader')).json();
    const u = list.items[0];
    const body = {
      displayName: '改名',
      role: u.role,
      orgId: u.orgId,
      phone: null,
      status: 'active',
      version: u.version,
    };
    expect((await admin.put(`/api/users/${u.id}`, body)).statusCode).toBe(200);
    const stale = await admin.put(`/api/users/${u.id}`, { ...body, displayName: '再改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
  });
});
