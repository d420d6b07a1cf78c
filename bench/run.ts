/**
 * `npm run bench`: HTTP cases on the demo district, each beside a trivial route of the same server in the same
 * run (so the ratio means something on a noisy machine), plus peak RSS. Results: bench/results/*.json and .md.
 * Loopback only; every case is bounded in time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { seedDemo } from '../server/demo/index';
import { runMigrations } from '../server/platform/db/client';
import { openDatabase } from '../server/platform/db/open';
import { type HttpResult, measure } from './http';

const PASSWORD = 'Bench#Jixiao2025';
const root = path.join(import.meta.dirname, '..');
const dataDir = path.join(root, `.tmp/bench-${process.pid}`);
const config = { ...loadConfig({ JIXIAO_DATA_DIR: dataDir }), port: 0 };
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
await runMigrations(database.db);
const t0 = Date.now();
await seedDemo(database.db, PASSWORD);
const seedSeconds = (Date.now() - t0) / 1000;
const app = await buildApp({ database, config });
const address = await app.listen({ port: 0, host: '127.0.0.1' });

const login = await fetch(`${address}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'finance', password: PASSWORD }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];

// The routes users hit most; modules add theirs here as they land.
const cases: [string, string][] = [
  ['首页统计 /api/dashboard/home', '/api/dashboard/home'],
  ['机构列表 /api/org/units', '/api/org/units'],
  ['待办 /api/inbox', '/api/inbox'],
  ['项目列表 /api/projects', '/api/projects?year=2025&page=1&pageSize=20'],
  ['指标库检索 /api/indicators', '/api/indicators?year=2025&q=%E7%8E%87&page=1&pageSize=20'],
];

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 200);
const results: (HttpResult & { baselineRps: number; ratio: number })[] = [];
for (const [name, url] of cases) {
  const probe = await fetch(`${address}${url}`, { headers: { cookie } });
  if (probe.status !== 200) {
    console.log(`skip ${name}: HTTP ${probe.status}`);
    continue;
  }
  const baseline = await measure('trivial /api/health', `${address}/api/health`, cookie, 64, 3);
  const r = await measure(name, `${address}${url}`, cookie, 64, 5);
  results.push({
    ...r,
    baselineRps: baseline.requestsPerSec,
    ratio: Math.round((baseline.requestsPerSec / Math.max(r.requestsPerSec, 1)) * 10) / 10,
  });
  console.log(
    `${name}: ${r.requestsPerSec} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms (trivial ${baseline.requestsPerSec} req/s)`,
  );
}
clearInterval(sampler);
await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
const summary = {
  at: new Date().toISOString(),
  driver: database.driver,
  demoSeedSeconds: seedSeconds,
  peakRssMb: Math.round(peakRss / 1048576),
  http: results,
};
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(
  path.join(root, `bench/results/http-${database.driver}-${stamp}.json`),
  JSON.stringify(summary, null, 2),
);
const md = [
  `# HTTP bench (${database.driver}, ${summary.at})`,
  '',
  `Demo seed ${seedSeconds.toFixed(1)} s · peak RSS ${summary.peakRssMb} MB · 64 connections`,
  '',
  '| case | req/s | p50 ms | p99 ms | trivial req/s | ratio |',
  '|---|---|---|---|---|---|',
  ...results.map((r) => `| ${r.name} | ${r.requestsPerSec} | ${r.p50} | ${r.p99} | ${r.baselineRps} | ${r.ratio}× |`),
].join('\n');
fs.writeFileSync(path.join(root, `bench/results/http-${database.driver}-latest.md`), `${md}\n`);
console.log(`\n${md}`);
