/**
 * `npm run bench -- --soak [--minutes N] [--concurrency C]`: a bounded loopback soak of the real server (its own
 * process, fresh data dir; with DATABASE_URL a fresh PostgreSQL database created and dropped here) under a mix of
 * reads and writes by several roles. Reports requests, 5xx (must be 0), p50/p95/p99, the server's RSS every 30 s
 * and its slope, into bench/results/soak-<driver>-*.json/.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startServer, stopServer } from '../server/test/security/server-process';
import { buildMix, type Call, chooser } from './soak-mix';
import { type Sample, summarise, writeSoakResults } from './soak-report';

const ROLES = ['finance', 'department', 'unit', 'expert', 'leader'];

function rssMb(pid: number | undefined) {
  if (!pid) return 0;
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
    return line ? Math.round(Number(line[1]) / 102.4) / 10 : 0;
  } catch {
    return 0;
  }
}

/** A fresh database on the server of `url` (the soak never touches an existing one). */
async function freshDatabase(url: string) {
  const name = `jixiao_soak_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const drop = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  return { url: target.toString(), drop };
}

export async function runSoak(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      soak: { type: 'boolean' },
      minutes: { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '8' },
    },
  });
  const minutes = Number(values.minutes);
  const concurrency = Number(values.concurrency);
  const root = path.join(import.meta.dirname, '..');
  const dataDir = path.join(root, `.tmp/soak-${process.pid}`);
  const db = process.env.DATABASE_URL ? await freshDatabase(process.env.DATABASE_URL) : null;
  const driver = db ? 'postgres' : 'pglite';
  console.log(
    `soak: ${driver}, ${minutes} min, ${concurrency} concurrent clients, data ${db ? 'fresh database' : dataDir}`,
  );
  const cleanUp = async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await db?.drop();
  };
  // The first start seeds the demo; on a busy machine that can take minutes.
  const server = await startServer({ dataDir, databaseUrl: db?.url, logLevel: 'warn', startTimeoutMs: 600_000 }).catch(
    async (e: unknown) => {
      await cleanUp();
      throw e;
    },
  );
  try {
    const cookies = new Map<string, string>();
    for (const role of ROLES) cookies.set(role, await server.login(role));
    const call: Call = (role, method, p, body) =>
      fetch(`${server.url}${p}`, {
        method,
        headers: { cookie: cookies.get(role) ?? '', ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    const ops = await buildMix(call, concurrency);
    const next = chooser(ops);
    const rss = () => ({ server: rssMb(server.proc.pid), db: server.children().reduce((a, p) => a + rssMb(p), 0) });
    const t0 = Date.now();
    const end = t0 + minutes * 60_000;
    // RSS every 5 s for the slope (less at the mercy of one GC cycle); the report tabulates every 30 s.
    const samples: Sample[] = [{ seconds: 0, ...rss() }];
    const timer = setInterval(() => samples.push({ seconds: Math.round((Date.now() - t0) / 1000), ...rss() }), 5_000);
    const times: number[] = [];
    const perOp = new Map<string, number[]>();
    const status = { '2xx': 0, '4xx': 0, '5xx': 0, failed: 0 };
    const errors: string[] = [];
    let n = 0;
    const worker = async () => {
      while (Date.now() < end) {
        const op = next();
        const { path: p, body } = op.build(n++);
        const started = performance.now();
        try {
          const res = await call(op.role, op.method, p, body);
          await res.arrayBuffer();
          const ms = performance.now() - started;
          times.push(ms);
          const list = perOp.get(op.name) ?? [];
          list.push(ms);
          perOp.set(op.name, list);
          if (res.status >= 500) status['5xx']++;
          else if (res.status >= 400) status['4xx']++;
          else status['2xx']++;
          if (res.status >= 400 && errors.length < 20) errors.push(`${op.method} ${p} → ${res.status}`);
        } catch (e) {
          status.failed++;
          if (errors.length < 20) errors.push(`${op.method} ${p} → ${(e as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    clearInterval(timer);
    const last = Math.round((Date.now() - t0) / 1000);
    if (samples[samples.length - 1].seconds !== last) samples.push({ seconds: last, ...rss() });
    const summary = summarise({ driver, minutes, concurrency, ops, times, perOp, status, errors, samples });
    writeSoakResults(path.join(root, 'bench/results'), summary);
    if (status['5xx'] > 0 || status.failed > 0) process.exitCode = 1;
  } finally {
    await stopServer(server);
    await cleanUp();
  }
}
