import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../app';

/** Concurrent requests per race. */
export const N = 5;

/** Starts `N` copies of a request at once. */
export const times = <T>(fn: () => Promise<T>) => Promise.all(Array.from({ length: N }, fn));

/** Exactly one 200; every other reply is 409 INVALID_TRANSITION or CONFLICT (never 5xx, never a second success). */
export function expectOneWinner(replies: LightMyRequestResponse[]) {
  const ok = replies.filter((r) => r.statusCode === 200);
  const losers = replies.filter((r) => r.statusCode !== 200);
  expect(ok, replies.map((r) => r.body).join('\n')).toHaveLength(1);
  for (const r of losers) {
    expect(r.statusCode, r.body).toBe(409);
    expect(['INVALID_TRANSITION', 'CONFLICT']).toContain(r.json().code);
  }
  return ok[0].json();
}

/** Audit events of one entity row and action. */
export async function auditCount(t: TestApp, entity: string, id: number, action: string) {
  const { rows } = await t.database.pool.query(
    'select count(*)::int as n from audit_event where entity = $1 and entity_id = $2 and action = $3',
    [entity, String(id), action],
  );
  return rows[0].n as number;
}
