import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app';
import { DECLARED_LIST_ACCESS, DECLARED_ROUTE_ACCESS, KNOWN_SERVER_ERRORS } from './access-matrix';
import { observeListAccess, ROLES_UNDER_TEST } from './probe';
import { observeRouteAccess, WALKERS } from './route-walk';

let t: TestApp;
beforeAll(async () => {
  // 16 sign-ins in this file: above the production login rate limit is not what this test is about.
  t = await createTestApp({ loginRatePerMinute: 1000 });
  // The demo queues no background job: one queued here (no runner in tests) gives the job routes a row to walk.
  const queued = await (await t.as('finance')).post('/api/jobs/monitoring-recompute', { year: 2025 });
  if (queued.statusCode !== 200) throw new Error(`queue a job: ${queued.body}`);
});
afterAll(async () => t.close());

describe('authorization matrix', () => {
  it('every list route × every role matches the declared table; no route is undeclared; no 5xx', async () => {
    const { observed, serverErrors } = await observeListAccess(t);
    expect(serverErrors).toEqual([]);
    const undeclared = Object.keys(observed).filter((k) => !(k in DECLARED_LIST_ACCESS));
    expect(undeclared).toEqual([]);
    expect(observed).toEqual(DECLARED_LIST_ACCESS);
    console.log(
      `[access-matrix] ${Object.keys(observed).length} list routes × ${ROLES_UNDER_TEST.length} roles checked`,
    );
  }, 300_000);

  it('every detail and write route × every role × owner / non-owner unit and department matches the declared table; denied writes change nothing', async () => {
    const r = await observeRouteAccess(t, DECLARED_ROUTE_ACCESS);
    // ACCESS_MATRIX_PRINT=<file>: writes the observed table and every reply, to review a new route's entry.
    const print = process.env.ACCESS_MATRIX_PRINT;
    if (print) fs.writeFileSync(print, JSON.stringify({ observed: r.observed, replies: r.replies }, null, 1));
    const unknown5xx = r.serverErrors.filter((e) => !KNOWN_SERVER_ERRORS.some((k) => e.includes(` ${k} →`)));
    expect(unknown5xx).toEqual([]);
    expect(r.unmapped, 'add the route family to RESOURCE_OF in route-fixtures.ts').toEqual([]);
    const undeclared = Object.keys(r.observed).filter((k) => !(k in DECLARED_ROUTE_ACCESS));
    expect(undeclared).toEqual([]);
    expect(Object.keys(DECLARED_ROUTE_ACCESS).filter((k) => !(k in r.observed))).toEqual([]);
    expect(r.denyReplies).toEqual([]);
    expect(r.changedByDenied).toEqual([]);
    expect(r.observed).toEqual(DECLARED_ROUTE_ACCESS);
    const reads = r.routes.filter((x) => x.method === 'GET').length;
    console.log(
      `[access-matrix] ${r.routes.length} detail/write routes (${reads} reads, ${r.routes.length - reads} writes) × ` +
        `${WALKERS.length} walkers (7 roles + non-owner unit and department) = ${r.checks} checks` +
        (r.missing.length ? `; no demo row for ${r.missing.join(', ')}` : '') +
        (r.serverErrors.length ? `; known 5xx: ${r.serverErrors.length} (${KNOWN_SERVER_ERRORS.join('; ')})` : ''),
    );
  }, 600_000);

  it('the sensitive lists stay closed to the roles that must not see them', () => {
    const roles = (k: string) => DECLARED_LIST_ACCESS[k].split(',');
    expect(roles('GET /api/users')).toEqual(['admin']);
    expect(roles('GET /api/audit')).toEqual(['admin', 'leader']);
    for (const k of [
      'GET /api/dashboard/cockpit',
      'GET /api/reports/annual',
      'GET /api/experts',
      'GET /api/key-evaluations/candidates',
    ]) {
      expect(roles(k)).not.toContain('unit');
      expect(roles(k)).not.toContain('agency');
    }
  });
});
