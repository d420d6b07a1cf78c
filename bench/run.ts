/**
 * `npm run bench [-- --scale district|city|province --seed N --import-rows N --lists --pages --skip-http]`: HTTP cases on the demo district,
 * each beside a trivial route of the same server in the same run (so the ratio means something on a noisy machine),
 * plus peak RSS; with --scale, the generator runs first and batch and import cases run on the first generated
 * region beside a raw SQL scan / exceljs parse; --lists adds the list/search case of issue #3 (a region with 100,000
 * projects and 20,000 library indicators, 16 and 64 connections, p95) and the 20,000-indicator xlsx import; --pages
 * times every GET route a page calls, one request at a time, on a generated district region (bench/pages.ts).
 * Results: bench/results/*.json and .md. Loopback only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { seedDemo } from '../server/demo/index';
import { type GenerateReport, generateScale, SCALES, type ScaleName } from '../server/demo/scale/generate';
import { hashPassword } from '../server/platform/auth/password';
import { runMigrations } from '../server/platform/db/client';
import { openDatabase } from '../server/platform/db/open';
import { type BatchResult, runBatchCases } from './batch';
import { runCockpitCases } from './cockpit';
import { type HttpResult, measure } from './http';
import { type ImportResult, runImportCase } from './import';
import { runIndicatorImportCase } from './import-indicators';
import { type ListBench, runListCases } from './lists';
import { type PagesBench, runPageCases } from './pages';
import { writeResults } from './report';
import { runScoringCase } from './scoring';

if (process.argv.includes('--soak'))
  await import('./soak').then((m) => m.runSoak(process.argv.slice(2))).then(() => process.exit());
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'import-rows': { type: 'string' },
    lists: { type: 'boolean', default: false },
    pages: { type: 'boolean', default: false },
    'skip-http': { type: 'boolean', default: false },
  },
});
const scale = args.scale as ScaleName | undefined;
if (scale && !(scale in SCALES)) throw new Error(`unknown scale ${scale}`);

const PASSWORD = 'Bench#Jixiao2025';
const root = path.join(import.meta.dirname, '..');
const dataDir = path.join(root, `.tmp/bench-${process.pid}`);
const config = { ...loadConfig({ JIXIAO_DATA_DIR: dataDir }), port: 0 };
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
await runMigrations(database.db);
const t0 = Date.now();
await seedDemo(database.db, PASSWORD);
const seedSeconds = (Date.now() - t0) / 1000;
let generated: GenerateReport | null = null;
if (scale) {
  const passwordHash = await hashPassword(PASSWORD);
  const log = (line: string) => console.log(line);
  generated = await generateScale(database.db, { spec: SCALES[scale], seed: Number(args.seed), passwordHash, log });
}
const app = await buildApp({ database, config });
const address = await app.listen({ port: 0, host: '127.0.0.1' });

async function scalarText(text: string) {
  const res = await database.db.execute(sql.raw(text));
  return String(res.rows[0]?.v ?? '');
}

async function signIn(username: string) {
  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  return (login.headers.get('set-cookie') ?? '').split(';')[0];
}
// HTTP cases run as the finance user of the first generated region when there is one (province data: its region
// is one of 100 in the tables), else of the demo district.
const httpRegion = generated?.codes[0];
const cookie = await signIn(httpRegion ? `f${httpRegion}` : 'finance');
const regionOf = httpRegion ?? (await scalarText(`SELECT region_code AS v FROM app_user WHERE username = 'finance'`));
const projectIds = await database.db.execute(
  sql`SELECT id FROM project WHERE region_code = ${regionOf} AND year = 2025 ORDER BY id LIMIT 50`,
);

// The routes users hit most (lists, details, dashboards); modules add theirs here as they land. A case with several
// paths cycles through them (details of 50 projects).
const cases: [string, string[]][] = args['skip-http']
  ? []
  : [
      ['首页统计 /api/dashboard/home', ['/api/dashboard/home']],
      ['驾驶舱 /api/dashboard/cockpit', ['/api/dashboard/cockpit?year=2025']],
      ['机构列表 /api/org/units', ['/api/org/units']],
      ['待办 /api/inbox', ['/api/inbox']],
      ['项目列表 /api/projects', ['/api/projects?year=2025&page=1&pageSize=20']],
      ['项目详情 /api/projects/:id（50 个项目）', projectIds.rows.map((r) => `/api/projects/${r.id}`)],
      ['指标库检索 /api/indicators', ['/api/indicators?year=2025&q=%E7%8E%87&page=1&pageSize=20']],
    ];

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 200);
const results: (HttpResult & { baselineRps: number; ratio: number })[] = [];
for (const [name, paths] of cases) {
  const probe = await fetch(`${address}${paths[0]}`, { headers: { cookie } });
  if (probe.status !== 200) {
    console.log(`skip ${name}: HTTP ${probe.status}`);
    continue;
  }
  const baseline = await measure('trivial /api/health', `${address}/api/health`, cookie, 64, 3);
  const r = await measure(name, `${address}${paths[0]}`, cookie, 64, 5, paths.length > 1 ? paths : undefined);
  results.push({
    ...r,
    baselineRps: baseline.requestsPerSec,
    ratio: Math.round((baseline.requestsPerSec / Math.max(r.requestsPerSec, 1)) * 10) / 10,
  });
  console.log(
    `${name}: ${r.requestsPerSec} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms (trivial ${baseline.requestsPerSec} req/s)`,
  );
}
// Issue #6: the scoring endpoint beside the trivial route (a POST, so not one of the GET cases above).
if (!args['skip-http']) results.push(await runScoringCase(address, cookie));
let batch: BatchResult[] = [];
let imported: ImportResult | null = null;
const region = generated?.codes[0];
if (region) {
  const regionCookie = await signIn(`f${region}`);
  const fetchReport = async () => {
    const res = await fetch(`${address}/api/reports/annual?year=2025`, { headers: { cookie: regionCookie } });
    if (res.status !== 200) throw new Error(`annual report HTTP ${res.status}`);
    return res.json();
  };
  batch = await runBatchCases(database, generated?.codes ?? [region], fetchReport);
  await runCockpitCases(database.db, address, regionCookie, region, `${database.driver}-${scale}`);
  const importRows = Number(args['import-rows'] ?? 0);
  let importRegion = region;
  if (importRows > 0) {
    // A dedicated region whose open round has importRows entries (two thirds of its projects are 2025 projects).
    const spec = { ...SCALES.district, regions: 1, projectsPerRegion: Math.ceil(importRows * 1.5) };
    const passwordHash = await hashPassword(PASSWORD);
    const log = (line: string) => console.log(line);
    const extra = await generateScale(database.db, {
      spec,
      seed: Number(args.seed),
      passwordHash,
      firstRegion: 9001,
      log,
    });
    importRegion = extra.codes[0];
  }
  const importCookie = await signIn(`f${importRegion}`);
  imported = await runImportCase(database.db, importRegion, address, importCookie, importRows || 100000);
}
let lists: ListBench | null = null;
let importIndicators: ImportResult | null = null;
if (args.lists) {
  const passwordHash = await hashPassword(PASSWORD);
  const log = (line: string) => console.log(line);
  lists = await runListCases({
    db: database.db,
    address,
    signIn,
    seed: Number(args.seed),
    passwordHash,
    connections: [16, 64],
    seconds: 5,
    log,
  });
  importIndicators = await runIndicatorImportCase(address, await signIn(`f${lists.region}`));
}
let pages: PagesBench | null = null;
if (args.pages) {
  const passwordHash = await hashPassword(PASSWORD);
  const log = (line: string) => console.log(line);
  pages = await runPageCases({ database, address, signIn, seed: Number(args.seed), passwordHash, log });
}
clearInterval(sampler);
await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });
writeResults(path.join(root, 'bench/results'), {
  driver: database.driver,
  scale: scale ?? (args.pages ? 'pages' : 'demo'),
  demoSeedSeconds: seedSeconds,
  peakRssMb: Math.round(peakRss / 1048576),
  generator: generated,
  http: results,
  batch,
  import: imported,
  lists,
  importIndicators,
  pages,
});
