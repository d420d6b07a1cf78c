import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { connect, type Database, runMigrations } from '../platform/db/client';

/** Which database the API tests run on: PGlite by default, PostgreSQL when TEST_DRIVER=postgres. */
export const testDriver = process.env.TEST_DRIVER === 'postgres' ? 'postgres' : 'pglite';
export const TEST_PASSWORD = 'Jixiao#2025';
// Unique per test run (set by the global setup, inherited by the workers), so parallel runs never collide.
export const templateFile =
  process.env.JIXIAO_TEST_TEMPLATE ??
  path.join(import.meta.dirname, `../../.tmp/pglite-template-${process.pid}.tar.gz`);
export const TEMPLATE_DB = process.env.JIXIAO_TEST_TEMPLATE_DB ?? `jixiao_test_template_${process.pid}`;

/** Serves an in-process PGlite over the wire protocol so tests use the same pg code path as the app. */
export async function servePglite(db: PGlite) {
  // pg's pool closes a client after a query error and reconnects at once: allow the overlap.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

function adminUrl() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DRIVER=postgres needs TEST_DATABASE_URL');
  return url;
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Runs SQL on the PostgreSQL server's admin connection (CREATE/DROP DATABASE). */
export async function adminQuery(sqlText: string) {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}

/** A fresh database holding the migrated demo district, private to the calling test file. */
export async function createTestDatabase(): Promise<Database> {
  if (testDriver === 'postgres') {
    const name = `jixiao_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
    return connect(withDatabase(adminUrl(), name), 'postgres', () =>
      adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    );
  }
  const blob = new Blob([fs.readFileSync(templateFile)]);
  const db = await PGlite.create({ loadDataDir: blob });
  const served = await servePglite(db);
  return connect(served.url, 'pglite', async () => {
    await served.stop();
    await db.close();
  });
}

/** A new, empty database (no migrations) on the test driver, e.g. as a restore target. */
export async function createEmptyDatabase(): Promise<Database> {
  if (testDriver === 'postgres') {
    const name = `jixiao_e_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    return connect(withDatabase(adminUrl(), name), 'postgres', () =>
      adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    );
  }
  const db = await PGlite.create();
  const served = await servePglite(db);
  return connect(served.url, 'pglite', async () => {
    await served.stop();
    await db.close();
  });
}

/** Builds a migrated database with `seed` applied; used once per run by the global setup. */
export async function buildTemplate(seed: (database: Database) => Promise<void>) {
  if (testDriver === 'postgres') {
    await adminQuery(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${TEMPLATE_DB}`);
    const database = connect(withDatabase(adminUrl(), TEMPLATE_DB), 'postgres');
    await runMigrations(database.db);
    await seed(database);
    await database.close();
    return;
  }
  const db = await PGlite.create();
  const served = await servePglite(db);
  const database = connect(served.url, 'pglite');
  await runMigrations(database.db);
  await seed(database);
  await database.pool.end();
  await served.stop();
  const dump = await db.dumpDataDir('gzip');
  fs.mkdirSync(path.dirname(templateFile), { recursive: true });
  fs.writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  await db.close();
}
