/**
 * Page latency of issue #10 ("the embedded default handles a district (5,000 projects) with every page under 300 ms"):
 * one generated district-sized region beside the demo district; its finance, department and budget-unit accounts
 * request every GET route of the OpenAPI document (lists with their first page and typical filters, details with real
 * ids of the region, dashboards, exports) one at a time: one warm-up, then median and max of 3. A route whose resource
 * the generated region has no row of (policies, trainings, ex-ante, …) is requested on the demo district by the demo
 * account of the same role, with the demo ids of the security route walk; admin-only pages by the demo admin.
 */
import { fieldCodes } from '../server/demo/catalog/fields';
import { type GenerateReport, generateScale, SCALES } from '../server/demo/scale/generate';
import { screenYear } from '../server/modules/reviews/screening';
import type { Database } from '../server/platform/db/client';
import { type Fixtures, fixturePath, loadFixtures, MISSING } from '../server/test/security/route-fixtures';
import { departmentAccount, regionFixtures, unitAccount } from './pages-fixtures';

export const PAGE_TARGET_MS = 300;

export interface PageCase {
  user: string;
  route: string;
  url: string;
  status: number;
  medianMs: number;
  maxMs: number;
  kb: number;
}

export interface PagesBench {
  region: string;
  projects: number;
  generator: GenerateReport;
  users: string[];
  cases: PageCase[];
}

interface GetRoute {
  path: string;
  query: { name: string; required: boolean }[];
}

/** Typical filters a page sends besides its first page ({field}, {dept}, {unit}, {round} from the region's rows). */
const FILTERS: Record<string, string[]> = {
  '/api/projects': ['fieldCode={field}', 'status=executing&departmentId={dept}', 'q=项目1'],
  '/api/targets': ['status=approved', 'q=项目1'],
  '/api/indicators': ['fieldCode={field}&level1=output', 'q=率'],
  '/api/indicators/export': ['fieldCode={field}'],
  '/api/rectifications': ['status=issued', 'overdue=true', 'unitId={unit}'],
  '/api/self-evaluations': ['grade=良', 'status=approved'],
  '/api/monitoring/rounds/:id/entries': ['color=red', 'departmentId={dept}', 'q=项目1'],
  '/api/monitoring/warnings': ['color=red', 'roundId={round}&keyOnly=true'],
  '/api/monitoring/heat': ['roundId={round}'],
  '/api/inbox': ['tab=done', 'tab=returned'],
  '/api/users': ['role=unit', 'q=u'],
  '/api/org/units': ['kind=budgetUnit', 'departmentId={dept}'],
  '/api/audit': ['entity=project'],
  '/api/reviews/batches/:id': ['unitId={unit}', 'status=returned'],
  '/api/reviews/batches/:id/feedback': ['unitId={unit}'],
  '/api/reviews/findings': ['status=accepted', 'area=indicatorScience', 'unitId={unit}'],
  '/api/reviews/findings.xlsx': ['status=accepted'],
  '/api/reviews/screening': ['severity=P0', 'clean=false', 'unitId={unit}'],
  '/api/reviews/screening.xlsx': ['severity=P0'],
  '/api/reports/annual': ['format=docx', 'format=xlsx'],
};

/** Lists whose page sends the work year only (the evaluated year is one year earlier, so both would match nothing). */
const WORK_YEAR_ONLY = new Set(['/api/reviews/findings', '/api/reviews/findings.xlsx']);

/** Lists of the evaluated year's self-evaluations (2024 in the generated data; the region's screening is of it). */
const EVALUATED_YEAR = new Set(['/api/reviews/screening', '/api/reviews/screening.xlsx']);

/** Values of the parameters a route requires (or pages always send) — the rest stay at their defaults. */
function baseQuery(r: GetRoute, f: Fixtures) {
  const values: Record<string, string> = {
    year: EVALUATED_YEAR.has(r.path) ? '2024' : '2025',
    workYear: '2025',
    page: '1',
    pageSize: '20',
    entity: 'project',
    entityId: String(f.project),
    ownerEntity: 'project',
    ownerId: String(f.project),
    unitId: String(f.unitA),
  };
  // Downloads send the filters of the list, not its page.
  const years = WORK_YEAR_ONLY.has(r.path) ? ['workYear'] : ['year', 'workYear'];
  const always = r.path.includes('export') ? years : [...years, 'page', 'pageSize'];
  const params = r.query.filter((q) => q.required || always.includes(q.name));
  return params.map((q) => `${q.name}=${encodeURIComponent(values[q.name] ?? '')}`);
}

/** The URLs of one route for one set of fixtures: the first page, then each typical filter. */
function urlsOf(r: GetRoute, f: Fixtures, extra: Record<string, string>) {
  const path = fixturePath(r.path, f);
  if (!path) return [];
  const base = baseQuery(r, f);
  const variants = [[], ...(FILTERS[r.path] ?? []).map((v) => [v.replace(/\{(\w+)\}/g, (_, k: string) => extra[k])])];
  return variants.map((v) => {
    const query = [...base, ...v.map((x) => encodeURI(x))].join('&');
    return query ? `${path}?${query}` : path;
  });
}

async function documentedGets(address: string): Promise<GetRoute[]> {
  type Op = { parameters?: { in: string; name: string; required?: boolean }[] };
  const doc = (await (await fetch(`${address}/api/openapi.json`)).json()) as { paths: Record<string, { get?: Op }> };
  return Object.entries(doc.paths)
    .filter(([p, ops]) => ops.get && p !== '/api/health')
    .map(([p, ops]) => ({
      path: p.replace(/\{(\w+)\}/g, ':$1'),
      query: (ops.get?.parameters ?? [])
        .filter((q) => q.in === 'query')
        .map((q) => ({ name: q.name, required: !!q.required })),
    }));
}

async function timed(address: string, cookie: string, url: string) {
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(`${address}${url}`, { headers: { cookie } });
    const body = await res.arrayBuffer();
    return { ms: performance.now() - t0, status: res.status, bytes: body.byteLength };
  };
  const warm = await once();
  const runs = [await once(), await once(), await once()];
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  const status = [warm, ...runs].find((r) => r.status !== 200)?.status ?? 200;
  return { status, medianMs: round(ms[1]), maxMs: round(ms[2]), kb: Math.round(warm.bytes / 102.4) / 10 };
}

export interface PagesOptions {
  database: Database;
  address: string;
  signIn: (username: string) => Promise<string>;
  seed: number;
  passwordHash: string;
  log: (line: string) => void;
}

/** Generates the district region (skipped when present), then times every GET route for each of its users. */
export async function runPageCases(o: PagesOptions): Promise<PagesBench> {
  const generator = await generateScale(o.database.db, {
    spec: SCALES.district,
    seed: o.seed,
    passwordHash: o.passwordHash,
    log: o.log,
  });
  const region = generator.codes[0];
  // The region's 2024 screening, as finance runs it before sampling (the screening page lists it).
  await o.database.db.transaction((tx) => screenYear(tx, region, 2024, null));
  const unitUser = await unitAccount(o.database, region);
  const regionF = await regionFixtures(o.database, region, unitUser.org_id);
  const demoF = await loadFixtures(o.database.pool);
  const routes = await documentedGets(o.address);
  const cases: PageCase[] = [];
  /** One account's walk; routes its region has no row for go to the demo account of the same role (null: all). */
  const walk = async (username: string | null, demoUser: string, only: GetRoute[]) => {
    const cookies = { region: username ? await o.signIn(username) : '', demo: await o.signIn(demoUser) };
    for (const r of only) {
      const inRegion = !!username && !(fixturePath(r.path, regionF) ?? '').includes(String(MISSING));
      const f = inRegion ? regionF : demoF;
      const extra = {
        field: fieldCodes[0],
        dept: String(f.departmentA),
        unit: String(f.unitA),
        round: String(f.monitoringRound),
      };
      const urls = urlsOf(r, f, extra);
      if (urls.length === 0) o.log(`${r.path}: no fixture for its path parameters (route-fixtures.ts), not timed`);
      for (const url of urls) {
        const user = inRegion && username ? username : `${demoUser}（演示区）`;
        const t = await timed(o.address, inRegion ? cookies.region : cookies.demo, url);
        cases.push({ user, route: `GET ${r.path}`, url, ...t });
        if (t.status !== 200 || t.maxMs >= PAGE_TARGET_MS)
          o.log(`${user} ${url}: HTTP ${t.status}, median ${t.medianMs} ms, max ${t.maxMs} ms`);
      }
    }
  };
  const financeUser = `f${region}`;
  const departmentUser = await departmentAccount(o.database, region, unitUser.org_id, o.passwordHash);
  await walk(financeUser, 'finance', routes);
  await walk(departmentUser, 'department', routes);
  await walk(unitUser.username, 'unit', routes);
  // Admin pages (users, audit log) deny finance; the generated region has no admin, so the demo admin opens them.
  const adminOnly = routes.filter((r) =>
    cases.some((c) => c.user === financeUser && c.route === `GET ${r.path}` && c.status === 403),
  );
  await walk(null, 'admin', adminOnly);
  cases.sort((a, b) => b.maxMs - a.maxMs);
  return {
    region,
    // Counted: with --scale city|province the region already exists with that scale's size.
    projects: Number(
      (await o.database.pool.query('select count(*) from project where region_code = $1', [region])).rows[0].count,
    ),
    generator,
    users: [financeUser, departmentUser, unitUser.username, 'admin（演示区）'],
    cases,
  };
}
