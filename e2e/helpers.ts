import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
export const PASSWORD = 'E2e#Jixiao2025';

// Flags from STACK-NOTES: no sandbox as root, and no background networking on this closed network.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Browser | null = null;

/** One Chromium per spec file, closed after it. */
export function setupBrowser() {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    browser = null;
  });
}

/**
 * A signed-in page for a demo user. Signs in through the API (fast, as STYLE.md asks) and puts the
 * session cookie into a fresh browser context, so each user has their own session.
 */
export async function signIn(username: string, password = PASSWORD): Promise<{ page: Page; context: BrowserContext }> {
  if (!browser) throw new Error('call setupBrowser() in the spec');
  const res = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const token = (res.headers.get('set-cookie') ?? '').match(/jx_sid=([^;]+)/)?.[1];
  if (!token) throw new Error('no session cookie');
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  await context.addCookies([{ name: 'jx_sid', value: token, url: BASE_URL, httpOnly: true, sameSite: 'Strict' }]);
  const page = await context.newPage();
  return { page, context };
}

/** A page with no session (for the login form itself). */
export async function anonymousPage() {
  if (!browser) throw new Error('call setupBrowser() in the spec');
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  return { page: await context.newPage(), context };
}

/** Calls the API with a user's session (for arranging data or asserting state). */
export async function apiAs(username: string) {
  const res = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const call = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${BASE_URL}${url}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
  return {
    get: <T>(url: string) => call<T>('GET', url),
    post: <T>(url: string, body?: unknown) => call<T>('POST', url, body),
    put: <T>(url: string, body?: unknown) => call<T>('PUT', url, body),
  };
}
