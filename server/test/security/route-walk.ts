import ExcelJS from 'exceljs';
import type { Client, TestApp } from '../app';
import { multipart } from '../multipart';
import { documentedRoutes, type RouteInfo } from '../openapi-routes';
import { type Fixtures, fixturePath, loadFixtures, MISSING } from './route-fixtures';
import { rowCounts } from './row-counts';
import { sampleValue } from './sample-body';

/**
 * Who walks the routes: the seven role accounts (unit A = `unit`, department A = `department`) plus the non-owner
 * pair — `unit2`, a unit of another department, and `otherDepartment`, that department's account. Ordered from the
 * least to the most privileged, so an allowed write by a privileged role runs after everyone else's probe.
 */
export const WALKERS = [
  'unit2',
  'otherDepartment',
  'expert',
  'agency',
  'leader',
  'unit',
  'department',
  'finance',
  'admin',
] as const;
export type Walker = (typeof WALKERS)[number];

/** Routes that act on the caller's own session; auth.test.ts and login-rate-limit.test.ts cover them. */
export const SESSION_ROUTES = ['POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/change-password'];

const QUERY =
  'year=2025&workYear=2025&page=1&pageSize=5&entity=orgUnit&entityId=1&ownerEntity=orgUnit&ownerId=1&unitId=1';
const DENIED = [401, 403, 404];
const keyOf = (r: RouteInfo) => `${r.method} ${r.path}`;
const isList = (r: RouteInfo) => r.method === 'GET' && !r.path.includes(':');

async function signInWalkers(t: TestApp) {
  const { rows } = await t.database.pool.query(
    `select d.username from app_user u join org_unit o on o.id = u.org_id
     join app_user d on d.org_id = o.department_id and d.role = 'department' where u.username = 'unit2' order by d.id`,
  );
  const names: Record<Walker, string> = Object.fromEntries(WALKERS.map((w) => [w, w])) as Record<Walker, string>;
  names.otherDepartment = rows[0].username;
  const clients = {} as Record<Walker, Client>;
  for (const w of WALKERS) clients[w] = await t.as(names[w]);
  return clients;
}

/** Every documented route that is neither a list (probe.ts) nor a session route, writes with DELETE last. */
export async function walkedRoutes(t: TestApp) {
  const all = await documentedRoutes(t.app);
  const routes = all.filter((r) => !isList(r) && !SESSION_ROUTES.includes(keyOf(r)) && r.path !== '/api/health');
  const rank = (r: RouteInfo) => (r.method === 'GET' ? 0 : r.method === 'DELETE' ? 2 : 1);
  return routes.sort((a, b) => rank(a) - rank(b));
}

/** Upload routes take multipart/form-data: a small real workbook (and, for attachments, an owner). */
const isUpload = (r: RouteInfo) => r.method === 'POST' && (r.path.endsWith('/import') || r.path === '/api/attachments');
/** A one-sheet workbook: the given header row (the route's template header once it has named it), one data row. */
async function workbook(header: string[]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Sheet1');
  sheet.addRow(header);
  sheet.addRow(header.map(() => '权限矩阵测试'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const headers = new Map<string, string[]>();

async function upload(c: Client, r: RouteInfo, f: Fixtures, url: string) {
  const fields: Record<string, string> =
    r.path === '/api/attachments' ? { ownerEntity: 'project', ownerId: String(f.project) } : {};
  const key = keyOf(r);
  const send = async () =>
    c.request(multipart(url, await workbook(headers.get(key) ?? ['权限矩阵测试']), 'probe.xlsx', fields));
  const res = await send();
  const expected = res.statusCode === 400 ? res.json().details?.expected : undefined;
  if (headers.has(key) || !Array.isArray(expected)) return res;
  // The import named its template header: send a workbook with that header, so the probe reaches the service.
  headers.set(key, expected.map(String));
  return send();
}

async function send(c: Client, r: RouteInfo, f: Fixtures, path: string) {
  const url = path + (r.hasQuery ? `?${QUERY}` : '');
  if (r.method === 'GET') return c.get(url);
  if (isUpload(r)) return upload(c, r, f, url);
  const payload = JSON.stringify(r.body ? sampleValue(r.body, '', f) : {});
  return c.request({ method: r.method as 'POST', url, payload, headers: { 'content-type': 'application/json' } });
}

/**
 * Walks every route for every walker against the demo rows and returns who got past authorization:
 * reads — 200; writes — any status but 401/403/404. Each write route is probed first by every walker the table
 * denies (a valid-looking body; must answer 401/403/404 and change no row), then by every walker it allows.
 */
export async function observeRouteAccess(t: TestApp, declared: Record<string, string>) {
  const clients = await signInWalkers(t);
  const fixtures = await loadFixtures(t.database.pool);
  const documented = await walkedRoutes(t);
  // A path parameter without a fixture mapping (route-fixtures.ts) is reported, not walked with a made-up id.
  const paths = new Map(documented.map((r) => [keyOf(r), fixturePath(r.path, fixtures)]));
  const unmapped = documented.filter((r) => paths.get(keyOf(r)) === null).map(keyOf);
  const routes = documented.filter((r) => paths.get(keyOf(r)));
  const allowed = new Map<string, Set<Walker>>(routes.map((r) => [keyOf(r), new Set<Walker>()]));
  const serverErrors: string[] = [];
  const denyReplies: string[] = [];
  const replies: Record<string, Record<string, string>> = {};
  let checks = 0;
  const probe = async (r: RouteInfo, w: Walker) => {
    checks++;
    const res = await send(clients[w], r, fixtures, paths.get(keyOf(r)) ?? '');
    if (res.statusCode >= 500) serverErrors.push(`${w} ${keyOf(r)} → ${res.statusCode} ${res.body.slice(0, 160)}`);
    replies[keyOf(r)] = { ...replies[keyOf(r)], [w]: `${res.statusCode} ${res.body.slice(0, 100)}` };
    const ok = r.method === 'GET' ? res.statusCode === 200 : !DENIED.includes(res.statusCode);
    if (ok) allowed.get(keyOf(r))?.add(w);
    return res;
  };
  const declaredFor = (r: RouteInfo) => declared[keyOf(r)]?.split(',');
  for (const r of routes.filter((x) => x.method === 'GET')) for (const w of WALKERS) await probe(r, w);
  const writes = routes.filter((x) => x.method !== 'GET');
  // Route by route: the walkers the table denies first (row counts taken around them), then those it allows,
  // so a denied probe and an allowed one see the same rows.
  const changedByDenied: string[] = [];
  for (const r of writes) {
    const roles = declaredFor(r);
    const before = roles ? await rowCounts(t.database.pool) : null;
    for (const w of WALKERS.filter((x) => roles && !roles.includes(x))) {
      const res = await probe(r, w);
      if (!DENIED.includes(res.statusCode)) denyReplies.push(`${w} ${keyOf(r)} → ${res.statusCode}`);
    }
    if (before && JSON.stringify(await rowCounts(t.database.pool)) !== JSON.stringify(before))
      changedByDenied.push(keyOf(r));
    for (const w of WALKERS.filter((x) => !roles || roles.includes(x))) await probe(r, w);
  }
  const observed: Record<string, string> = {};
  for (const r of routes) {
    const k = keyOf(r);
    observed[k] = WALKERS.filter((w) => allowed.get(k)?.has(w)).join(',');
  }
  const missing = routes.filter((r) => paths.get(keyOf(r))?.includes(String(MISSING))).map(keyOf);
  return { observed, serverErrors, denyReplies, changedByDenied, checks, routes, unmapped, missing, replies };
}
