/**
 * List and search case of issue #3: one generated region with 100,000 projects and a 20,000-indicator library,
 * its finance user paging, filtering and searching through the HTTP API, each case beside the trivial route
 * (/api/health) of the same server at the same concurrency. Target: p95 < 50 ms.
 */
import { fieldCodes } from '../server/demo/catalog/fields';
import { type GenerateReport, generateScale } from '../server/demo/scale/generate';
import type { Db } from '../server/platform/db/client';
import { type HttpResult, measure } from './http';

export interface ListCaseResult extends HttpResult {
  trivialRps: number;
  trivialP95: number;
  /** case p95 / trivial p95 */
  p95Ratio: number;
  /** trivial req/s / case req/s */
  rpsRatio: number;
}

export interface ListBench {
  region: string;
  projects: number;
  indicators: number;
  generator: GenerateReport;
  cases: ListCaseResult[];
}

const enc = encodeURIComponent;

/** The cases: name and the paths each connection cycles through (so caches and plans see varied input). */
function listCases(): [string, string[]][] {
  const pages = Array.from({ length: 50 }, (_, i) => `/api/projects?year=2025&page=${1 + i * 7}&pageSize=20`);
  const fields = fieldCodes.map((f) => `/api/projects?year=2025&fieldCode=${f}&page=1&pageSize=20`);
  const words = ['信息化', '设备购置项目1', 'XM2025000', '民生实事', '运行保障项目99', '不存在的项目'];
  const typing = ['学', '学位', '学位新增', '率', '满意度', '成本控制', '城区片1', '道路', '完成及时率', '补助'];
  const levels = ['output', 'benefit', 'satisfaction', 'cost'];
  return [
    // Authenticated trivial route: the session lookup every list request also pays (health needs no session).
    ['基准：已登录最简路由 /api/auth/me', ['/api/auth/me']],
    ['项目列表 全部（10 万项目，含合计）', ['/api/projects?page=1&pageSize=20']],
    ['项目列表 2025 年翻页（第 1–344 页）', pages],
    ['项目列表 按领域筛选', fields],
    ['项目列表 关键字检索', words.map((w) => `/api/projects?q=${enc(w)}&page=1&pageSize=20`)],
    // 500 different words: the totals cache rarely hits, so this is the uncached count + sums over the matches.
    [
      '项目列表 关键字检索（500 个不同词，合计不命中缓存）',
      Array.from({ length: 500 }, (_, i) => `/api/projects?q=${enc(`项目${i + 1}`)}&page=1&pageSize=20`),
    ],
    ['指标库 关键字检索（逐字输入）', typing.map((w) => `/api/indicators?year=2025&q=${enc(w)}&page=1&pageSize=20`)],
    [
      '指标库 领域×一级指标筛选',
      fieldCodes.map((f, i) => `/api/indicators?year=2025&fieldCode=${f}&level1=${levels[i % 4]}&page=1&pageSize=20`),
    ],
  ];
}

export interface ListBenchOptions {
  db: Db;
  address: string;
  signIn: (username: string) => Promise<string>;
  seed: number;
  passwordHash: string;
  connections: number[];
  seconds: number;
  log: (line: string) => void;
}

export async function runListCases(o: ListBenchOptions): Promise<ListBench> {
  const spec = {
    regions: 1,
    departmentsPerRegion: 20,
    unitsPerDepartment: 50,
    projectsPerRegion: 100_000,
    libraryPerRegion: 20_000,
    activities: false,
  };
  const generator = await generateScale(o.db, {
    spec,
    seed: o.seed,
    passwordHash: o.passwordHash,
    firstRegion: 9101,
    log: o.log,
  });
  const region = generator.codes[0];
  const cookie = await o.signIn(`f${region}`);
  const cases = await measureListCases(o.address, cookie, o.connections, o.seconds, o.log);
  return { region, projects: spec.projectsPerRegion, indicators: spec.libraryPerRegion, generator, cases };
}

/** Runs every case at each concurrency against a server whose region is already generated (cookie of its finance user). */
export async function measureListCases(
  host: string,
  cookie: string,
  connections: number[],
  seconds: number,
  log: (line: string) => void,
) {
  const cases: ListCaseResult[] = [];
  for (const c of connections) {
    for (const [name, paths] of listCases()) {
      for (const p of paths.slice(0, 3)) {
        const probe = await fetch(`${host}${p}`, { headers: { cookie } });
        if (probe.status !== 200) throw new Error(`${name}: HTTP ${probe.status} for ${p}`);
      }
      const trivial = await measure('trivial /api/health', `${host}/api/health`, cookie, c, 3);
      const r = await measure(name, `${host}${paths[0]}`, cookie, c, seconds, paths);
      cases.push({
        ...r,
        trivialRps: trivial.requestsPerSec,
        trivialP95: trivial.p95,
        p95Ratio: Math.round((r.p95 / Math.max(trivial.p95, 0.1)) * 10) / 10,
        rpsRatio: Math.round((trivial.requestsPerSec / Math.max(r.requestsPerSec, 1)) * 10) / 10,
      });
      log(
        `${name} @${c}: ${r.requestsPerSec} req/s, p50 ${r.p50} p95 ${r.p95} p99 ${r.p99} ms ` +
          `(trivial ${trivial.requestsPerSec} req/s, p95 ${trivial.p95} ms)`,
      );
    }
  }
  return cases;
}
