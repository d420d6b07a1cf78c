import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, TEMPLATE_DB, templateFile, testDriver } from '../db';
import { multipart } from '../multipart';
import { alive, type ServerProcess, startServer, stopServer, waitUntil } from './server-process';

/**
 * kill -9 of the real server in the middle of a large all-or-nothing xlsx import, then a restart on the
 * same data (PGlite data dir, or a scratch PostgreSQL database): no partial rows, the app starts and works.
 */
const ROWS = 5_000;
const dataDir = path.join(import.meta.dirname, `../../../.tmp/crash-${process.pid}-${randomBytes(3).toString('hex')}`);
let databaseUrl: string | undefined;
let scratchDb: string | undefined;
let server: ServerProcess | null = null;

beforeAll(async () => {
  fs.mkdirSync(dataDir, { recursive: true });
  if (testDriver === 'postgres') {
    scratchDb = `jixiao_crash_${randomBytes(5).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${scratchDb} TEMPLATE ${TEMPLATE_DB}`);
    const u = new URL(process.env.TEST_DATABASE_URL ?? '');
    u.pathname = `/${scratchDb}`;
    databaseUrl = u.toString();
  } else {
    // The migrated demo district of the test run, unpacked as the server's embedded data directory.
    const db = await PGlite.create(path.join(dataDir, 'pg'), {
      loadDataDir: new Blob([fs.readFileSync(templateFile)]),
    });
    await db.close();
  }
}, 60_000);

afterAll(async () => {
  if (server) await stopServer(server);
  if (scratchDb) await adminQuery(`DROP DATABASE IF EXISTS ${scratchDb} WITH (FORCE)`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const start = () => startServer({ dataDir, databaseUrl });

async function call(s: ServerProcess, cookie: string, url: string, init: RequestInit = {}) {
  return fetch(`${s.url}${url}`, { ...init, headers: { ...(init.headers ?? {}), cookie } });
}

async function libraryCount(s: ServerProcess, cookie: string, year: number) {
  const res = await call(s, cookie, `/api/indicators?year=${year}&page=1&pageSize=1`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { total: number }).total;
}

/** An import file of `ROWS` valid rows: the 2025 library export, repeated with unique names. */
async function bigImportFile(s: ServerProcess, cookie: string) {
  const res = await call(s, cookie, '/api/indicators/export?year=2025');
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.worksheets[0];
  const template: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) template.push((row.values as unknown[]).slice(1));
  });
  expect(template.length).toBeGreaterThan(10);
  const nameCol = (ws.getRow(1).values as unknown[]).indexOf('三级指标') - 1;
  for (let i = 0; template.length > 0 && ws.rowCount - 1 < ROWS; i++) {
    const copy = [...template[i % template.length]];
    copy[nameCol] = `${String(copy[nameCol]).slice(0, 40)}（压测${i}）`;
    ws.addRow(copy);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function postImport(s: ServerProcess, cookie: string, year: number, file: Buffer) {
  const m = multipart(`/api/indicators/import?year=${year}`, file, '指标库.xlsx');
  const headers = { ...(m.headers as Record<string, string>), cookie };
  return fetch(`${s.url}${m.url}`, { method: 'POST', headers, body: new Uint8Array(m.payload as Buffer) });
}

/** kill -9 of the server (and, when `hard`, of the embedded database too); waits until all of them are gone. */
async function crash(s: ServerProcess, hard: boolean) {
  const children = s.children();
  const exited = new Promise((r) => s.proc.once('exit', r));
  s.proc.kill('SIGKILL');
  if (hard) for (const pid of children) process.kill(pid, 'SIGKILL');
  await exited;
  // The embedded PGlite process exits by itself when its IPC parent disconnects.
  await waitUntil(() => children.every((pid) => !alive(pid)), 20_000, 'embedded database exits after kill -9');
  return children.length;
}

describe(`crash safety (${testDriver})`, () => {
  it('kill -9 mid-import leaves no partial rows; restart takes over the stale lock and works', async () => {
    const t0 = Date.now();
    server = await start();
    const firstStart = Date.now() - t0;
    let cookie = await server.login('finance');
    const file = await bigImportFile(server, cookie);
    const before = await libraryCount(server, cookie, 2025);

    // Control: an uninterrupted import adds every row, and tells how long its write phase takes.
    const WRITING = 'indicator import: rows valid, writing';
    const parsed = server.waitForOutput(WRITING, 120_000).then(() => Date.now());
    const done = await postImport(server, cookie, 2027, file);
    const writeMs = Date.now() - (await parsed);
    expect(done.status, await done.clone().text()).toBe(200);
    expect(((await done.json()) as { imported: number }).imported).toBe(ROWS);
    expect(await libraryCount(server, cookie, 2027)).toBe(ROWS);

    const outcomes: string[] = [`first start ${firstStart} ms`];
    let midWrite = 0;
    const rounds = [
      { year: 2028, at: 0.3, hard: false },
      { year: 2029, at: 0.6, hard: true },
    ];
    for (const round of rounds) {
      // The file is parsed and valid, the transaction is writing: kill -9 part-way through the write phase.
      const writing = server.waitForOutput(WRITING, 120_000);
      const reply = postImport(server, cookie, round.year, file).then(
        (r) => `HTTP ${r.status}`,
        () => 'connection lost',
      );
      await writing;
      await new Promise((r) => setTimeout(r, Math.round(writeMs * round.at)));
      const children = await crash(server, round.hard);
      const seen = await reply;
      if (!databaseUrl) {
        expect(children).toBe(1);
        // the lock file still names the dead server: the restart must take it over
        const lockPid = Number(fs.readFileSync(path.join(dataDir, 'jixiao.lock'), 'utf8'));
        expect(alive(lockPid)).toBe(false);
      }
      const t1 = Date.now();
      server = await start();
      cookie = await server.login('finance');
      outcomes.push(`restart ${Date.now() - t1} ms`);
      const count = await libraryCount(server, cookie, round.year);
      // all or nothing: a commit that raced the kill may have landed whole, never in part
      expect([0, ROWS]).toContain(count);
      if (seen !== 'HTTP 200') expect(count).toBe(0);
      outcomes.push(`${round.year}: reply=${seen}, rows=${count}`);
      if (seen === 'connection lost') midWrite++;
      // earlier data is intact
      expect(await libraryCount(server, cookie, 2025)).toBe(before);
      expect(await libraryCount(server, cookie, 2027)).toBe(ROWS);
    }
    // at least one kill landed before the commit (the client never got its reply)
    expect(midWrite).toBeGreaterThan(0);
    console.log(`[crash-safety] ${rounds.length} kill -9 survived, write phase ${writeMs} ms, ${outcomes.join('; ')}`);
  }, 300_000);
});
