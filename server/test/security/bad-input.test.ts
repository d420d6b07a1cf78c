import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app';
import { documentedRoutes, fillPath, type RouteInfo } from '../openapi-routes';
import { rowCounts as countRows } from './row-counts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const rowCounts = () => countRows(t.database.pool);

const WRONG_VALUES: unknown[] = [
  null,
  -1,
  1e300,
  2 ** 63,
  'x'.repeat(100_000),
  '\u0000\uFFFF\uD800',
  '<script>alert(1)</script>',
  [],
  { $ne: 1 },
  true,
];

/** Bodies that must never be accepted: wrong shapes, then each declared field with wrong-typed / extreme values. */
function badBodies(route: RouteInfo): unknown[] {
  const bodies: unknown[] = [[], 'text', 12];
  const props = Object.keys(route.body?.properties ?? {});
  for (const value of WRONG_VALUES) bodies.push(Object.fromEntries(props.map((p) => [p, value])));
  return bodies;
}

describe('bad input everywhere', () => {
  it('every write route answers malformed, oversized, wrong-typed, unicode-edge and overflow bodies with 4xx and a code, and writes nothing', async () => {
    // Routes that take a JSON body (actions without a body ignore it; the authorization matrix covers them).
    const routes = (await documentedRoutes(t.app)).filter(
      (r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && r.body && !r.path.startsWith('/api/auth/'),
    );
    expect(routes.length).toBeGreaterThan(5);
    const clients = { finance: await t.as('finance'), unit: await t.as('unit') };
    const before = await rowCounts();
    const failures: string[] = [];
    let tried = 0;
    for (const route of routes) {
      const url = fillPath(route.path, '99999999');
      for (const client of Object.values(clients)) {
        for (const body of badBodies(route)) {
          tried++;
          const res = await client.request({
            method: route.method as 'POST',
            url,
            payload: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          });
          const ok = res.statusCode >= 400 && res.statusCode < 500 && typeof res.json().code === 'string';
          if (!ok) failures.push(`${route.method} ${route.path} → ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
      }
      // broken JSON and a body over the 2 MB limit
      for (const raw of ['{"a":', `{"a":"${'y'.repeat(3 * 1024 * 1024)}"}`]) {
        {
          const client = clients.finance;
          tried++;
          const res = await client.request({
            method: route.method as 'POST',
            url,
            payload: raw,
            headers: { 'content-type': 'application/json' },
          });
          if (res.statusCode < 400 || res.statusCode >= 500)
            failures.push(`${route.method} ${route.path} raw → ${res.statusCode}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await rowCounts()).toEqual(before);
    expect(tried).toBeGreaterThan(100);
    console.log(`[bad-input] ${routes.length} write routes × 2 roles, ${tried} bad requests, 0 accepted`);
  }, 600_000);
});
