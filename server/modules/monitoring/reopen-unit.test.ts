import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { buildProject, buildTarget, orgByCode } from '../../test/factories';

// Reopening a unit counts, audits and touches only the entries that were locked.
let t: TestApp;
let finance: Client;
let unit: Client;
let admin: Client;
let unitId = 0;
let roundId = 0;
let approvedId = 0;
let draftId = 0;

beforeAll(async () => {
  t = await createTestApp();
  const mine = await orgByCode(t.database.db, '104002');
  unitId = mine.id;
  for (let i = 0; i < 2; i++) {
    const p = await buildProject(t.database.db, {
      year: 2027,
      unitId,
      departmentId: mine.departmentId,
      status: 'executing',
    });
    await buildTarget(t.database.db, p);
  }
  [finance, unit, admin] = await Promise.all(['finance', 'unit', 'admin'].map((u) => t.as(u)));
  const round = await finance.post('/api/monitoring/rounds', {
    year: 2027,
    periodKind: 'quarter',
    period: 1,
    deadline: '2027-04-15',
  });
  roundId = round.json().id;
  const entries = (await unit.get(`/api/monitoring/rounds/${roundId}/entries`)).json() as { id: number }[];
  expect(entries).toHaveLength(2);
  [approvedId, draftId] = entries.map((e) => e.id);
  // Arranged directly: the approval path itself is covered by monitoring.test.ts.
  await t.database.pool.query(`update monitoring_entry set status = 'approved' where id = $1`, [approvedId]);
});
afterAll(async () => t.close());

const reopen = () => admin.post(`/api/monitoring/rounds/${roundId}/reopen-unit`, { unitId, reason: '国库数据更正' });

async function lastAudit() {
  const { rows } = await t.database.pool.query(
    `select after from audit_event where action = 'reopenUnit' and entity_id = $1 order by id desc limit 1`,
    [String(roundId)],
  );
  return rows[0]?.after as { entries: number[] } | undefined;
}

async function entry(id: number) {
  const { rows } = await t.database.pool.query('select status, reopened from monitoring_entry where id = $1', [id]);
  return rows[0] as { status: string; reopened: boolean };
}

describe('admin reopens one unit of a round', () => {
  it('open round: only the approved entry is reopened, counted and audited', async () => {
    const res = await reopen();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ reopened: 1 });
    expect((await lastAudit())?.entries).toEqual([approvedId]);
    expect(await entry(approvedId)).toEqual({ status: 'returned', reopened: true });
    // The draft was never locked: it keeps closing with the round.
    expect(await entry(draftId)).toEqual({ status: 'draft', reopened: false });
  });

  it('closed round: the entry locked by the close is reopened; the one already open is not counted', async () => {
    expect((await finance.post(`/api/monitoring/rounds/${roundId}/close`)).statusCode).toBe(200);
    const res = await reopen();
    expect(res.json()).toEqual({ reopened: 1 });
    expect((await lastAudit())?.entries).toEqual([draftId]);
    expect((await unit.get(`/api/monitoring/entries/${draftId}`)).json().allowedActions).toContain('save');
  });

  it('nothing locked: refused, no audit event', async () => {
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from audit_event where action = 'reopenUnit'`,
    );
    const res = await reopen();
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: '该单位在本轮没有已锁定的监控项目，无需解锁',
    });
    const after = await t.database.pool.query(`select count(*)::int as n from audit_event where action = 'reopenUnit'`);
    expect(after.rows[0].n).toBe(rows[0].n);
  });
});
