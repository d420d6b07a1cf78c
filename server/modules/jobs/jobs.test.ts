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

describe('background job detail and manual retry', () => {
  const financeRegion = async () =>
    (await t.database.pool.query("select region_code from app_user where username = 'finance'")).rows[0]
      .region_code as string;
  /** A job that used its attempts, as the runner leaves it (status, attempts, error, finished). */
  const failedJob = async (targetRegion: string) => {
    const [job] = await t.database.db
      .insert(backgroundJobs)
      .values({
        kind: 'monitoring.recomputeYear',
        targetRegion,
        payload: { year: YEAR },
        status: 'failed',
        attempts: 3,
        error: '测试：数据库暂不可用',
        finishedAt: new Date().toISOString(),
      })
      .returning();
    return job;
  };
  const jobEvents = async (id: number) =>
    (
      await t.database.pool.query(
        `select action, actor_name, before, after from audit_event
          where entity = 'backgroundJob' and entity_id = $1 order by id`,
        [String(id)],
      )
    ).rows;

  it("shows a job of the caller's region with its buttons and history; another region's job is 404; other roles 403", async () => {
    const job = await failedJob(await financeRegion());
    const foreign = await failedJob('999998');
    const finance = await t.as('finance');
    const res = await finance.get(`/api/jobs/${job.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: job.id,
      kind: 'monitoring.recomputeYear',
      payload: { year: YEAR },
      status: 'failed',
      attempts: 3,
      error: '测试：数据库暂不可用',
      result: null,
      createdAt: expect.any(String),
      finishedAt: expect.any(String),
      allowedActions: ['retry'],
    });
    const other = await finance.get(`/api/jobs/${foreign.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'NOT_FOUND', message: '后台任务不存在或无权查看' });
    expect((await finance.get(`/api/audit/history?entity=backgroundJob&entityId=${foreign.id}`)).statusCode).toBe(404);
    for (const role of ['unit', 'department', 'leader', 'expert']) {
      const c = await t.as(role);
      expect((await c.get(`/api/jobs/${job.id}`)).statusCode).toBe(403);
      expect((await c.post(`/api/jobs/${job.id}/retry`)).statusCode).toBe(403);
      expect((await c.get(`/api/audit/history?entity=backgroundJob&entityId=${job.id}`)).statusCode).toBe(404);
    }
    expect((await t.database.pool.query('select status from background_job where id = $1', [job.id])).rows).toEqual([
      { status: 'failed' },
    ]);
  });

  it('retrying a failed job queues it again with fresh attempts and an audit event; it then runs', async () => {
    const job = await failedJob(await financeRegion());
    const admin = await t.as('admin');
    const res = await admin.post(`/api/jobs/${job.id}/retry`);
    expect(res.statusCode).toBe(200);
    const queued = res.json();
    expect(queued).toMatchObject({ id: job.id, status: 'queued', attempts: 0, error: null, allowedActions: [] });
    expect(new Date(queued.runAfter).getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    const [event] = (await jobEvents(job.id)).filter((e) => e.action === 'requeue');
    expect(event).toMatchObject({
      before: { status: 'failed', attempts: 3, error: '测试：数据库暂不可用' },
      after: { status: 'queued', attempts: 0, error: null },
    });
    expect(event.actor_name).toEqual(expect.any(String));
    const history = (await admin.get(`/api/audit/history?entity=backgroundJob&entityId=${job.id}`)).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(['requeue']);

    expect(await drainJobs(t.database, { handlers: jobHandlers })).toBeGreaterThanOrEqual(1);
    const done = (await admin.get(`/api/jobs/${job.id}`)).json();
    expect(done).toMatchObject({ status: 'done', attempts: 1, error: null, result: { year: YEAR } });
    expect((await jobEvents(job.id)).map((e) => e.action)).toEqual(['requeue', 'complete']);
  });

  it('only a failed job can be retried: others answer INVALID_TRANSITION in Chinese and change nothing', async () => {
    const job = await failedJob(await financeRegion());
    const finance = await t.as('finance');
    expect((await finance.post(`/api/jobs/${job.id}/retry`)).statusCode).toBe(200);
    const again = await finance.post(`/api/jobs/${job.id}/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: '该任务当前状态为“排队中”，只有失败的任务可以重试',
    });
    expect((await jobEvents(job.id)).map((e) => e.action)).toEqual(['requeue']);
    const foreign = await failedJob('999998');
    expect((await finance.post(`/api/jobs/${foreign.id}/retry`)).statusCode).toBe(404);
    expect((await finance.post('/api/jobs/99999999/retry')).statusCode).toBe(404);
    expect(await jobEvents(foreign.id)).toEqual([]);
  });
});
