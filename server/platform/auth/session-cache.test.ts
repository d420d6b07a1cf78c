import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../../core/access';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/db';
import {
  cachedSession,
  forgetSessions,
  rememberSession,
  SESSION_CACHE_MAX,
  SESSION_CACHE_MS,
  sessionEpoch,
} from './session-cache';

const actor = (userId: number): Actor => ({
  userId,
  username: `u${userId}`,
  displayName: '测试',
  role: 'unit',
  regionCode: '420102',
  orgId: 3,
  departmentId: 2,
  unitId: 3,
});
const far = () => Date.now() + 3_600_000;

describe('session cache', () => {
  afterEach(() => {
    vi.useRealTimers();
    forgetSessions('all');
  });

  it('serves a lookup for SESSION_CACHE_MS, never past the idle deadline', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    rememberSession('a', { actor: actor(1), mustChangePassword: false }, sessionEpoch(), far());
    rememberSession('b', { actor: actor(2), mustChangePassword: false }, sessionEpoch(), Date.now() + 1_000);
    expect(cachedSession('a')?.actor.userId).toBe(1);
    expect(cachedSession('b')?.actor.userId).toBe(2);
    vi.advanceTimersByTime(1_000);
    expect(cachedSession('b')).toBeUndefined();
    expect(cachedSession('a')).toBeDefined();
    vi.advanceTimersByTime(SESSION_CACHE_MS - 1_000);
    expect(cachedSession('a')).toBeUndefined();
  });

  it('forgets one session, one user or all', () => {
    const epoch = sessionEpoch();
    for (const [id, user] of [
      ['s1', 1],
      ['s2', 1],
      ['s3', 2],
      ['s4', 3],
    ] as const) {
      rememberSession(id, { actor: actor(user), mustChangePassword: false }, epoch, far());
    }
    forgetSessions({ sessionId: 's4' });
    expect(cachedSession('s4')).toBeUndefined();
    forgetSessions({ userId: 1 });
    expect([cachedSession('s1'), cachedSession('s2')]).toEqual([undefined, undefined]);
    expect(cachedSession('s3')?.actor.userId).toBe(2);
    forgetSessions('all');
    expect(cachedSession('s3')).toBeUndefined();
  });

  it('does not keep a lookup that read the database while a forget happened', () => {
    const before = sessionEpoch();
    forgetSessions({ userId: 1 });
    rememberSession('s1', { actor: actor(1), mustChangePassword: false }, before, far());
    expect(cachedSession('s1')).toBeUndefined();
  });

  it('holds at most SESSION_CACHE_MAX lookups, dropping the oldest', () => {
    const epoch = sessionEpoch();
    for (let i = 0; i <= SESSION_CACHE_MAX; i++) {
      rememberSession(`s${i}`, { actor: actor(i), mustChangePassword: false }, epoch, far());
    }
    expect(cachedSession('s0')).toBeUndefined();
    expect(cachedSession('s1')).toBeDefined();
    expect(cachedSession(`s${SESSION_CACHE_MAX}`)).toBeDefined();
  });
});

describe('cached sessions through the API are refused at once', () => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.as('admin');
  });
  afterAll(async () => t.close());

  const userId = async (username: string) => {
    const { rows } = await t.database.pool.query('select id from app_user where username = $1', [username]);
    return rows[0].id as number;
  };
  /** Signs in and makes one call, so the session's lookup is in the cache. */
  const cachedClient = async (username: string) => {
    const c = await t.as(username);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    return c;
  };
  const editUser = async (username: string, change: Record<string, unknown>) => {
    const id = await userId(username);
    const { displayName, role, orgId, phone, status, version } = (await admin.get(`/api/users/${id}`)).json();
    const res = await admin.put(`/api/users/${id}`, { displayName, role, orgId, phone, status, version, ...change });
    expect(res.statusCode).toBe(200);
  };

  it('after logout', async () => {
    const c = await cachedClient('u102002');
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('after the user is disabled', async () => {
    const c = await cachedClient('u101002');
    await editUser('u101002', { status: 'disabled' });
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('after a password reset, and the other sessions after a password change', async () => {
    const reset = await cachedClient('u102001');
    expect((await admin.post(`/api/users/${await userId('u102001')}/reset-password`)).statusCode).toBe(200);
    expect((await reset.get('/api/auth/me')).statusCode).toBe(401);
    const a = await cachedClient('d103');
    const b = await cachedClient('d103');
    const changed = await a.post('/api/auth/change-password', {
      oldPassword: TEST_PASSWORD,
      newPassword: 'Better#Pass2026',
    });
    expect(changed.statusCode).toBe(200);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('shows a changed org at once and refuses the session after a role change', async () => {
    const c = await cachedClient('u101001');
    const { rows } = await t.database.pool.query("select org_id from app_user where username = 'u102001'");
    await editUser('u101001', { orgId: rows[0].org_id });
    expect((await c.get('/api/auth/me')).json().orgId).toBe(rows[0].org_id);
    const d = await cachedClient('d104');
    await editUser('d104', { role: 'expert' });
    expect((await d.get('/api/auth/me')).statusCode).toBe(401);
  });
});
