import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../core/rules/rule-set';
import { backgroundJobs } from '../../db/schema/index';
import { drainJobs } from '../../platform/jobs/index';
import { createTestApp, type TestApp } from '../../test/app';
import { jobHandlers } from '../job-handlers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const YEAR = 2025;
/** Stricter bands than the demo's rules: some stored warnings change. */
const stricter = { ...defaultRuleSet.monitoring, bands: { green: 90, yellow: 70 } };

async function roundIds() {
  const { rows } = await t.database.pool.query(
    `select r.id from monitoring_round r join app_user u on u.region_code = r.region_code
      where u.username = 'finance' and r.year = $1 order by r.id`,
    [YEAR],
  );
  return rows.map((r) => Number(r.id));
}

describe('background jobs API', () => {
  it('saving monitoring rules queues the year recompute in the same transaction; other areas queue nothing', async () => {
    const finance = await t.as('finance');
    const other = await finance.put('/api/rule-sets/exAnte', {
      year: YEAR,
      data: defaultRuleSet.exAnte,
      note: '事前评估规则不影响预警',
    });
    expect(other.json().recomputeJobId).toBeNull();
    const bad = await finance.put('/api/rule-sets/monitoring', { year: YEAR, data: { bands: 'x' }, note: '错误' });
    expect(bad.statusCode).toBe(400);
    expect((await finance.get('/api/jobs')).json().total).toBe(0);

    const saved = await finance.put('/api/rule-sets/monitoring', {
      year: YEAR,
      data: stricter,
      note: '收紧预警区间',
    });
    expect(saved.statusCode).toBe(200);
    const jobId = saved.json().recomputeJobId;
    expect(jobId).toEqual(expect.any(Number));
    const list = (await finance.get('/api/jobs')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      id: jobId,
      kind: 'monitoring.recomputeYear',
      status: 'queued',
      payload: { year: YEAR },
      createdByName: expect.any(String),
    });
    // A second save before the job starts is covered by the queued job (it reads the rules when it runs).
    const again = await finance.put('/api/rule-sets/monitoring', { year: YEAR, data: stricter, note: '再次保存' });
    expect(again.json().recomputeJobId).toBe(jobId);
  });

  it('the recompute job stores the same warnings a manual recompute gives, with the same audit events', async () => {
    const finance = await t.as('finance');
    const before = await t.database.pool.query(
      `select count(*)::int as n from audit_event where entity = 'monitoringRound' and action = 'recompute'`,
    );
    expect(await drainJobs(t.database, { handlers: jobHandlers })).toBe(1);
    const [job] = (await finance.get('/api/jobs')).json().items;
    const rounds = await roundIds();
    expect(rounds.length).toBeGreaterThan(0);
    expect(job).toMatchObject({
      status: 'done',
      attempts: 1,
      error: null,
      result: { year: YEAR, rounds: rounds.length },
    });
    // The stricter rules did change stored warnings: the job did real work.
    expect(job.result.changedEntries + job.result.changedIndicators).toBeGreaterThan(0);
    // The manual recompute of every round (same rules) now finds nothing to change.
    for (const id of rounds) {
      const manual = await finance.post(`/api/monitoring/rounds/${id}/recompute`);
      expect(manual.statusCode).toBe(200);
      expect(manual.json()).toMatchObject({ changedEntries: 0, changedIndicators: 0 });
    }
    const { rows } = await t.database.pool.query(
      `select entity_id, ip, actor_name, before, after from audit_event
        where entity = 'monitoringRound' and action = 'recompute' order by id offset $1`,
      [before.rows[0].n],
    );
    const byJob = rows.filter((r) => r.ip === `job#${job.id}`);
    const byHand = rows.filter((r) => r.ip !== `job#${job.id}`);
    expect(byJob.map((r) => Number(r.entity_id)).sort()).toEqual(rounds);
    expect(byHand).toHaveLength(rounds.length);
    for (const [a, b] of byJob.map((r, i) => [r, byHand[i]])) {
      expect(Object.keys(a.after).sort()).toEqual(Object.keys(b.after).sort());
      expect(Object.keys(a.before)).toEqual(Object.keys(b.before));
      expect(a.actor_name).toBe(job.createdByName);
    }
  });

  it('finance queues a year recompute; a year without rounds is refused in Chinese', async () => {
    const admin = await t.as('admin');
    const res = await admin.post('/api/jobs/monitoring-recompute', { year: YEAR });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'monitoring.recomputeYear', status: 'queued', payload: { year: YEAR } });
    const none = await admin.post('/api/jobs/monitoring-recompute', { year: 2031 });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('尚无监控轮次') });
    const badYear = await admin.post('/api/jobs/monitoring-recompute', { year: 'abc' });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().code).toBe('VALIDATION_FAILED');
  });

  it("lists only the caller's region, newest first, paged; other roles are refused", async () => {
    await t.database.db
      .insert(backgroundJobs)
      .values({ kind: 'monitoring.recomputeYear', targetRegion: '999999', payload: { year: YEAR } });
    const finance = await t.as('finance');
    const all = (await finance.get('/api/jobs?pageSize=50')).json();
    expect(all.items.length).toBe(all.total);
    expect(all.items.map((j: { targetRegion: string }) => j.targetRegion)).not.toContain('999999');
    const ids = all.items.map((j: { id: number }) => j.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const page = (await finance.get('/api/jobs?pageSize=1&page=2')).json();
    expect(page.items.map((j: { id: number }) => j.id)).toEqual([ids[1]]);
    expect(
      (await finance.get('/api/jobs?status=done')).json().items.every((j: { status: string }) => j.status === 'done'),
    ).toBe(true);
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from background_job where target_region = '999999'`,
    );
    expect(rows[0].n).toBe(1);
    for (const role of ['unit', 'department', 'leader', 'expert']) {
      const c = await t.as(role);
      expect((await c.get('/api/jobs')).statusCode).toBe(403);
      expect((await c.post('/api/jobs/monitoring-recompute', { year: YEAR })).statusCode).toBe(403);
    }
    const { rows: left } = await t.database.pool.query(
      `select count(*)::int as n from background_job where status = 'queued' and target_region <> '999999'`,
    );
    expect(left[0].n).toBe(1);
  });
});
