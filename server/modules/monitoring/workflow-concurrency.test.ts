import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { buildProject, buildTarget, orgByCode } from '../../test/factories';

/**
 * Concurrent double submits of monitoring workflow steps and disposals: exactly one wins, the others get 409,
 * and each transition leaves exactly one audit event. Also the payment hold (暂停拨款) lifecycle.
 */
const YEAR = 2029;
const N = 5;
let t: TestApp;
let unit: Client;
let dept: Client;
let finance: Client;
let roundId = 0;
const entryIds: number[] = [];

interface Entry {
  id: number;
  projectId: number;
  version: number;
  status: string;
  indicators: { targetIndicatorId: number }[];
  paymentHold: { id: number } | null;
}

beforeAll(async () => {
  t = await createTestApp();
  [unit, dept, finance] = await Promise.all(['unit', 'department', 'finance'].map((u) => t.as(u)));
  const org = await orgByCode(t.database.db, '104002');
  for (let i = 0; i < 3; i++) {
    const p = await buildProject(t.database.db, {
      year: YEAR,
      unitId: org.id,
      departmentId: org.departmentId,
      status: 'executing',
    });
    await buildTarget(t.database.db, p);
  }
  const round = await finance.post('/api/monitoring/rounds', {
    year: YEAR,
    periodKind: 'quarter',
    period: 2,
    deadline: `${YEAR}-07-15`,
  });
  expect(round.statusCode, round.body).toBe(200);
  roundId = round.json().id;
  const list = (await unit.get(`/api/monitoring/rounds/${roundId}/entries`)).json() as Entry[];
  entryIds.push(...list.map((e) => e.id));
  for (const id of entryIds) {
    const e = await entry(unit, id);
    const saved = await unit.put(`/api/monitoring/entries/${id}`, {
      fundsReceived: 10_000_000,
      paid: 5_000_000,
      version: e.version,
      indicators: e.indicators.map((i) => ({
        targetIndicatorId: i.targetIndicatorId,
        currentValue: 1,
        likelihood: 'certain',
      })),
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }
});
afterAll(async () => t.close());

const times = <T>(fn: () => Promise<T>) => Promise.all(Array.from({ length: N }, fn));
const entry = async (c: Client, id: number) => (await c.get(`/api/monitoring/entries/${id}`)).json() as Entry;

function expectOneWinner(replies: LightMyRequestResponse[]) {
  const ok = replies.filter((r) => r.statusCode === 200);
  expect(ok, replies.map((r) => r.body).join('\n')).toHaveLength(1);
  for (const r of replies.filter((x) => x.statusCode !== 200)) {
    expect(r.statusCode, r.body).toBe(409);
    expect(['INVALID_TRANSITION', 'CONFLICT']).toContain(r.json().code);
  }
  return ok[0].json();
}

async function auditCount(entity: string, id: number, action: string) {
  const { rows } = await t.database.pool.query(
    'select count(*)::int as n from audit_event where entity = $1 and entity_id = $2 and action = $3',
    [entity, String(id), action],
  );
  return rows[0].n as number;
}

describe('concurrent monitoring transitions', () => {
  it('5× save of the same version → one write, one audit event', async () => {
    const id = entryIds[0];
    const e = await entry(unit, id);
    const body = { fundsReceived: 10_000_000, paid: 6_000_000, version: e.version, indicators: [] };
    const before = await auditCount('monitoringEntry', id, 'update');
    const saved = expectOneWinner(await times(() => unit.put(`/api/monitoring/entries/${id}`, body)));
    expect(saved.version).toBe(e.version + 1);
    expect(await auditCount('monitoringEntry', id, 'update')).toBe(before + 1);
  });

  it('5× submit, 5× department approve, 5× finance approve → one each, one audit event each', async () => {
    const id = entryIds[0];
    expect(expectOneWinner(await times(() => unit.post(`/api/monitoring/entries/${id}/submit`))).status).toBe(
      'submitted',
    );
    const approve = { ids: [id], action: 'approve' };
    expectOneWinner(await times(() => dept.post('/api/monitoring/entries/review', approve)));
    const f = expectOneWinner(await times(() => finance.post('/api/monitoring/entries/review', approve)));
    expect(f.status).toBe('approved');
    expect(await auditCount('monitoringEntry', id, 'submit')).toBe(1);
    expect(await auditCount('monitoringEntry', id, 'approve')).toBe(2);
    expect((await entry(finance, id)).status).toBe('approved');
  });

  it('5× the same recovery with the version seen → recovered once', async () => {
    const id = entryIds[1];
    const e = await entry(finance, id);
    const body = {
      kind: 'recoverFunds',
      amount: 1_000_000,
      reason: '执行滞后',
      approver: '王局长',
      version: e.version,
    };
    expectOneWinner(await times(() => finance.post(`/api/monitoring/entries/${id}/disposals`, body)));
    expect(await auditCount('monitoringEntry', id, 'dispose.recoverFunds')).toBe(1);
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n, sum(amount)::bigint as s from monitoring_disposal where entry_id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ n: 1, s: '1000000' });
  });
});

describe('暂停拨款 → 恢复拨款', () => {
  let holdId = 0;
  const suspend = (id: number, version?: number) =>
    finance.post(`/api/monitoring/entries/${id}/disposals`, {
      kind: 'suspendPayments',
      reason: '资金闲置，暂停拨付',
      approver: '王局长',
      version,
    });

  it('a suspend disposal puts the project on hold: visible to finance and the unit, on entry and project', async () => {
    const id = entryIds[2];
    const e = await entry(finance, id);
    expect(e.paymentHold).toBeNull();
    expectOneWinner(await times(() => suspend(id, e.version)));
    const holds = (await finance.get('/api/monitoring/payment-holds?status=suspended')).json();
    const mine = holds.filter((h: { projectId: number }) => h.projectId === e.projectId);
    expect(mine).toHaveLength(1);
    holdId = mine[0].id;
    expect(await auditCount('monitoringPaymentHold', holdId, 'suspend')).toBe(1);
    expect((await unit.get('/api/monitoring/payment-holds')).json().map((h: { id: number }) => h.id)).toContain(holdId);
    expect((await entry(unit, id)).paymentHold).toMatchObject({ id: holdId, status: 'suspended' });
    expect((await unit.get(`/api/projects/${e.projectId}`)).json().paymentHold).toMatchObject({ id: holdId });
    const again = await suspend(id);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('已暂停拨款');
  });

  it('only finance lifts, with a reason; 5× lift → one, one audit event; the project is no longer on hold', async () => {
    expect((await unit.post(`/api/monitoring/payment-holds/${holdId}/lift`, { reason: '已整改' })).statusCode).toBe(
      403,
    );
    expect((await dept.post(`/api/monitoring/payment-holds/${holdId}/lift`, { reason: '已整改' })).statusCode).toBe(
      403,
    );
    expect((await finance.post(`/api/monitoring/payment-holds/${holdId}/lift`, { reason: '' })).statusCode).toBe(400);
    const lifted = expectOneWinner(
      await times(() => finance.post(`/api/monitoring/payment-holds/${holdId}/lift`, { reason: '单位已整改到位' })),
    );
    expect(lifted).toMatchObject({ status: 'lifted', liftReason: '单位已整改到位' });
    expect(await auditCount('monitoringPaymentHold', holdId, 'lift')).toBe(1);
    const id = entryIds[2];
    const e = await entry(unit, id);
    expect(e.paymentHold).toBeNull();
    expect((await unit.get(`/api/projects/${e.projectId}`)).json().paymentHold).toBeNull();
    const listed = (await finance.get('/api/monitoring/payment-holds?status=lifted')).json();
    expect(listed.map((h: { id: number }) => h.id)).toContain(holdId);
    expect((await suspend(id)).statusCode).toBe(200);
  });
});

describe('recompute', () => {
  it('finance recomputes a round: one audit event with the levels before and after, not one per row', async () => {
    expect((await unit.post(`/api/monitoring/rounds/${roundId}/recompute`)).statusCode).toBe(403);
    const res = await finance.post(`/api/monitoring/rounds/${roundId}/recompute`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ entries: 3, changedEntries: 0, changedIndicators: 0 });
    const { rows } = await t.database.pool.query(
      `select before, after from audit_event where entity = 'monitoringRound' and entity_id = $1 and action = 'recompute'`,
      [String(roundId)],
    );
    expect(rows).toHaveLength(1);
    const levels = { red: expect.any(Number), yellow: expect.any(Number), green: expect.any(Number) };
    expect(rows[0].before.levels).toMatchObject(levels);
    expect(rows[0].after).toMatchObject({ entries: 3, changedEntries: 0, levels });
    const sum = (c: Record<string, number>) => c.red + c.yellow + c.green + c.blue + c.none;
    expect(sum(rows[0].before.levels)).toBe(3);
    expect(rows[0].after.levels).toEqual(rows[0].before.levels);
  });
});
