import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { type Config, loadConfig } from '../config';
import type { Database } from '../platform/db/client';
import { createTestDatabase, TEST_PASSWORD } from './db';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Signs in through the API and returns a client bound to that session. */
  as(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  cookie: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/** A session cookie from a login reply. */
export function sessionCookie(setCookie: string | string[] | undefined) {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const c = all.find((v) => v.startsWith('jx_sid='));
  return c ? c.split(';')[0] : '';
}

/** The app on a private copy of the demo database (one per test file). */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = { ...loadConfig({ JIXIAO_DATA_DIR: `.tmp/test-data-${process.pid}` }), ...overrides };
  const app = await buildApp({ database, config });
  const clientFor = (cookie: string): Client => {
    const request = (opts: InjectOptions) => app.inject({ ...opts, headers: { ...(opts.headers ?? {}), cookie } });
    return {
      cookie,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
      put: (url, payload) => request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
      delete: (url) => request({ method: 'DELETE', url }),
    };
  };
  return {
    app,
    database,
    config,
    async as(username, password = TEST_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
      return clientFor(sessionCookie(res.headers['set-cookie']));
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
