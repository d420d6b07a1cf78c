import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app';
import { DECLARED_LIST_ACCESS } from './access-matrix';
import { observeListAccess, ROLES_UNDER_TEST } from './probe';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
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
