/**
 * Cockpit endpoints on one region, each timed as single sequential requests (what a leader waits for) beside
 * a raw count(*) scan of the same region's loop rows in the same run. Run inside `npm run bench`, or alone on
 * an existing database: `DATABASE_URL=… COCKPIT_USER=f430001 COCKPIT_PASSWORD=… npx tsx bench/cockpit.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from '../server/platform/db/client';
import { bumpStamp } from './stamp';

export interface CockpitResult {
  name: string;
  url: string;
  medianMs: number;
  maxMs: number;
  rawScanMs: number;
  ratio: number;
}

const ENDPOINTS: [string, string][] = [
  ['驾驶舱 /api/dashboard/cockpit', '/api/dashboard/cockpit?year=2025'],
  ['年度说明数据 /api/reports/annual', '/api/reports/annual?year=2025'],
  ['宣讲覆盖 /api/trainings/coverage', '/api/trainings/coverage?year=2025'],
  ['逾期单位 /api/work-calendar/overdue', '/api/work-calendar/overdue?year=2025'],
];

/** Median and max of `runs` timed calls after one warm-up; `before` runs untimed ahead of each call. */
async function timed(runs: number, fn: () => Promise<unknown>, before?: () => Promise<unknown>) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { median: Math.round(ms[Math.floor(ms.length / 2)] * 10) / 10, max: Math.round((ms.at(-1) ?? 0) * 10) / 10 };
}

/** Times each cockpit endpoint (HTTP 200 required) and the raw scan; prints and writes bench/results/cockpit-*.md. */
export async function runCockpitCases(db: Db, address: string, cookie: string, region: string, label: string) {
  const raw = await timed(9, () =>
    db.execute(sql`select (select count(*) from project where region_code = ${region})
      + (select count(*) from performance_target where region_code = ${region})
      + (select count(*) from monitoring_entry where region_code = ${region}) as n`),
  );
  const results: CockpitResult[] = [];
  for (const [name, url] of ENDPOINTS) {
    const get = async () => {
      const res = await fetch(`${address}${url}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
      await res.arrayBuffer();
    };
    // Computed: the region's stamp is bumped before each call, so stamp-cached figures are computed again.
    const t = await timed(9, get, () => bumpStamp(db, region));
    const ratio = Math.round((t.median / Math.max(raw.median, 0.1)) * 10) / 10;
    results.push({ name, url, medianMs: t.median, maxMs: t.max, rawScanMs: raw.median, ratio });
    console.log(`${name}: median ${t.median} ms, max ${t.max} ms (raw count(*) scan ${raw.median} ms, ${ratio}×)`);
    const c = await timed(9, get);
    const cachedRatio = Math.round((c.median / Math.max(raw.median, 0.1)) * 10) / 10;
    const cachedName = `${name}（数据未变，缓存命中）`;
    results.push({
      name: cachedName,
      url,
      medianMs: c.median,
      maxMs: c.max,
      rawScanMs: raw.median,
      ratio: cachedRatio,
    });
    console.log(`${cachedName}: median ${c.median} ms, max ${c.max} ms`);
  }
  const lines = [
    `# Cockpit endpoints — ${label}, region ${region}`,
    '',
    '| endpoint | median ms | max ms | raw count(*) ms | ratio |',
    '|---|---|---|---|---|',
    ...results.map((r) => `| ${r.name} | ${r.medianMs} | ${r.maxMs} | ${r.rawScanMs} | ${r.ratio}× |`),
    '',
  ];
  const file = path.join(import.meta.dirname, 'results', `cockpit-${label.replace(/[^\w-]+/g, '-')}-latest.md`);
  fs.writeFileSync(file, lines.join('\n'));
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { openDatabase } = await import('../server/platform/db/open');
  const { buildApp } = await import('../server/app');
  const { loadConfig } = await import('../server/config');
  const dataDir = path.join(import.meta.dirname, `../.tmp/bench-cockpit-${process.pid}`);
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
  await (await import('../server/platform/db/client')).runMigrations(database.db);
  const app = await buildApp({ database, config: { ...loadConfig({ JIXIAO_DATA_DIR: dataDir }), port: 0 } });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const username = process.env.COCKPIT_USER ?? 'f430001';
  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: process.env.COCKPIT_PASSWORD ?? 'Bench#Jixiao2025' }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: HTTP ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const me = (await (await fetch(`${address}/api/auth/me`, { headers: { cookie } })).json()) as { regionCode: string };
  await runCockpitCases(
    database.db,
    address,
    cookie,
    me.regionCode,
    `${database.driver}-${process.env.COCKPIT_LABEL ?? 'db'}`,
  );
  await app.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
