import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app';

/** Own app (own rate-limit store): no other login in this file counts against the window. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const login = (ip: string, username = 'nobody-here', forwardedFor?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    payload: { username, password: 'wrong-password-1' },
  });

describe('login rate limit', () => {
  it('the 21st login attempt within a minute from one IP gets 429 RATE_LIMITED; another IP is unaffected', async () => {
    const replies = [];
    for (let i = 0; i < 21; i++) replies.push(await login('10.1.2.3'));
    expect(replies.slice(0, 20).map((r) => r.statusCode)).not.toContain(429);
    expect(replies[20].statusCode).toBe(429);
    expect(replies[20].json()).toMatchObject({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    // a 22nd try is still refused, also with a correct password guess
    expect((await login('10.1.2.3', 'admin')).statusCode).toBe(429);
    expect((await login('10.9.9.9')).statusCode).not.toBe(429);
  });

  it('a client cannot dodge the limit with a forged X-Forwarded-For; a loopback proxy still names its clients', async () => {
    const forged = [];
    for (let i = 0; i < 21; i++) forged.push((await login('10.1.2.5', 'nobody-here', `192.0.2.${i}`)).statusCode);
    expect(forged[20]).toBe(429);
    // behind a reverse proxy on the same host, each forwarded client has its own window
    for (let i = 0; i < 21; i++)
      expect((await login('127.0.0.1', 'nobody-here', `198.51.100.${i}`)).statusCode).not.toBe(429);
  });
});
