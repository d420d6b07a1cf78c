import type { Role } from '../../../core/enums';
import type { TestApp } from '../app';
import { documentedRoutes } from '../openapi-routes';

export const ROLES_UNDER_TEST: Role[] = ['admin', 'finance', 'department', 'unit', 'expert', 'agency', 'leader'];

/** Query values that satisfy the common required parameters of list routes. */
const QUERY =
  'year=2025&workYear=2025&page=1&pageSize=5&entity=orgUnit&entityId=1&ownerEntity=orgUnit&ownerId=1&unitId=1';

/**
 * Calls every parameterless GET route as every role and returns who may read it (status 200) — the
 * observed access matrix for lists, to compare with the declared one.
 */
export async function observeListAccess(t: TestApp) {
  const routes = (await documentedRoutes(t.app)).filter(
    (r) => r.method === 'GET' && !r.path.includes(':') && r.path !== '/api/health',
  );
  const clients = Object.fromEntries(
    await Promise.all(ROLES_UNDER_TEST.map(async (role) => [role, await t.as(role)] as const)),
  );
  const observed: Record<string, string> = {};
  const serverErrors: string[] = [];
  for (const route of routes) {
    const allowed: string[] = [];
    for (const role of ROLES_UNDER_TEST) {
      const res = await clients[role].get(`${route.path}?${QUERY}`);
      if (res.statusCode >= 500) serverErrors.push(`${role} GET ${route.path} → ${res.statusCode}`);
      if (res.statusCode === 200) allowed.push(role);
    }
    observed[`GET ${route.path}`] = allowed.join(',');
  }
  return { observed, serverErrors };
}
