import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, sessionCookie, type TestApp } from '../../test/app';
import { TEST_PASSWORD, testDriver } from '../../test/db';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('auth', () => {
  it('reports health and the driver', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: testDriver });
  });

  it('logs in with a session cookie (httpOnly, SameSite) and reads the profile', async () => {
    const res = await login('finance', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: sessionCookie(res.headers['set-cookie']) },
    });
    expect(me.json()).toMatchObject({
      username: 'finance',
      role: 'finance',
      regionCode: '420102',
      regionName: '江岸区',
    });
  });

  it('refuses a wrong password with INVALID_CREDENTIALS and the same answer for an unknown user', async () => {
    const wrong = await login('finance', 'nope');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
    const unknown = await login('nobody', 'nope');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('refuses API calls without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('locks an account after 5 failures, even for the right password, and audits it', async () => {
    for (let i = 0; i < 4; i++) expect((await login('unit2', 'Wrong#123')).statusCode).toBe(401);
    const fifth = await login('unit2', 'Wrong#123');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    const right = await login('unit2', TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    const { rows } = await t.database.pool.query(
      "select count(*)::int as n from audit_event where entity = 'user' and action = 'loginFailed' and actor_name = (select display_name from app_user where username = 'unit2')",
    );
    expect(rows[0].n).toBe(5);
  });

  it('expires a session idle for more than 30 minutes', async () => {
    const c = await t.as('leader');
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    // 31 minutes pass, for the database (last_seen_at) and for this process, whose session cache holds a lookup
    // for seconds (session-cache.ts).
    await t.database.db.execute(
      sql`update session set last_seen_at = now() - interval '31 minutes' where user_id = (select id from app_user where username = 'leader')`,
    );
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 31 * 60_000);
      const res = await c.get('/api/auth/me');
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('SESSION_EXPIRED');
      expect((await c.get('/api/auth/me')).json().code).toBe('UNAUTHENTICATED');
    } finally {
      vi.useRealTimers();
    }
  });

  it('changes a password under the policy and revokes the other sessions', async () => {
    const a = await t.as('expert');
    const b = await t.as('expert');
    const weak = await a.post('/api/auth/change-password', { oldPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('VALIDATION_FAILED');
    const ok = await a.post('/api/auth/change-password', {
      oldPassword: TEST_PASSWORD,
      newPassword: 'Better#Pass2026',
    });
    expect(ok.statusCode).toBe(200);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login('expert', 'Better#Pass2026')).statusCode).toBe(200);
  });

  it('logs out', async () => {
    const c = await t.as('agency');
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });
});
