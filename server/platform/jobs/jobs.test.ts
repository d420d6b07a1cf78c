import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/access';
import { auditEvents, backgroundJobs } from '../../db/schema/index';
import { createTestDatabase, testDriver } from '../../test/db';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import {
  claimNext,
  drainJobs,
  enqueue,
  FINISHED_JOB_DAYS,
  JOBS_CHANNEL,
  type JobHandlers,
  jobYear,
  pruneFinishedJobs,
  startJobRunner,
} from './index';

/** The queue's mechanics with test handlers: claiming, retries, stale reclaim; on both drivers. */
let database: Database;
let ctx: { actor: Actor; ip: string };
beforeAll(async () => {
  database = await createTestDatabase();
  const { rows } = await database.pool.query(
    "select id, display_name, region_code, org_id from app_user where username = 'finance'",
  );
  const u = rows[0];
  ctx = {
    ip: '127.0.0.1',
    actor: {
      userId: u.id,
      username: 'finance',
      displayName: u.display_name,
      role: 'finance',
      regionCode: u.region_code,
      orgId: u.org_id,
      departmentId: null,
      unitId: null,
    },
  };
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await database.db.delete(backgroundJobs);
});

const queue = (kind: string, payload: Record<string, unknown> = {}) =>
  database.db.transaction((tx) => enqueue(tx, ctx, { kind, targetRegion: ctx.actor.regionCode, payload }));
const jobRow = async (id: number) =>
  (await database.db.select().from(backgroundJobs).where(eq(backgroundJobs.id, id)))[0];
const jobEvents = async (id: number) =>
  (
    await database.db
      .select({ action: auditEvents.action, actorName: auditEvents.actorName })
      .from(auditEvents)
      .where(sql`${auditEvents.entity} = 'backgroundJob' and ${auditEvents.entityId} = ${String(id)}`)
      .orderBy(auditEvents.id)
  ).map((e) => e.action);
const fast = { retryBaseSeconds: 0, maxAttempts: 3 };

describe('background jobs', () => {
  it('a job exists only if the transaction that queued it commits; an identical queued job is reused', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await enqueue(tx, ctx, { kind: 'test.ok', targetRegion: ctx.actor.regionCode, payload: { n: 1 } });
        throw new AppError('CONFLICT');
      }),
    ).rejects.toThrow();
    expect(await database.db.select().from(backgroundJobs)).toEqual([]);
    const a = await queue('test.ok', { n: 1 });
    const b = await queue('test.ok', { n: 1 });
    const c = await queue('test.ok', { n: 2 });
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
    expect(await jobEvents(a.id)).toEqual(['enqueue']);
    // A queued job waiting to retry after a failure does not cover a new request.
    await database.db.update(backgroundJobs).set({ attempts: 1 }).where(eq(backgroundJobs.id, a.id));
    expect((await queue('test.ok', { n: 1 })).id).not.toBe(a.id);
  });

  it('runs each job once with two workers; the work, the status and the audit event commit together', async () => {
    const ids = await Promise.all([1, 2, 3, 4, 5].map((n) => queue('test.ok', { n })));
    const seen: number[] = [];
    const handlers: JobHandlers = {
      'test.ok': async ({ job, audit }) => {
        seen.push(job.id);
        await audit({ entity: 'test', entityId: job.id, action: 'touch' });
        return { n: (job.payload as { n: number }).n };
      },
    };
    expect(await drainJobs(database, { handlers, concurrency: 2 })).toBe(5);
    expect(seen.sort()).toEqual(ids.map((j) => j.id).sort());
    for (const j of ids) {
      const row = await jobRow(j.id);
      expect(row).toMatchObject({ status: 'done', attempts: 1, error: null, result: j.payload });
      expect(row.finishedAt).not.toBeNull();
      expect(await jobEvents(j.id)).toEqual(['enqueue', 'complete']);
    }
  });

  it.skipIf(testDriver === 'pglite')(
    'two runners claiming at once get distinct jobs (FOR UPDATE SKIP LOCKED), neither waits for the other',
    async () => {
      const [a, b] = [await queue('test.ok', { n: 1 }), await queue('test.ok', { n: 2 })];
      const first = await database.pool.connect();
      try {
        // Runner 1 is inside its claim (row locked, not committed) while runner 2 claims.
        await first.query('begin');
        const locked = await first.query(
          "select id from background_job where status = 'queued' order by run_after, id limit 1 for update skip locked",
        );
        expect(locked.rows[0].id).toBe(a.id);
        const second = await claimNext(database.db, 600);
        expect(second?.id).toBe(b.id);
        expect(await claimNext(database.db, 600)).toBeUndefined();
      } finally {
        await first.query('rollback');
        first.release();
      }
      expect((await claimNext(database.db, 600))?.id).toBe(a.id);
    },
  );

  it('a failing job records its Chinese error, is retried after a back-off, and fails for good at the limit; its writes roll back', async () => {
    const job = await queue('test.fail');
    const handlers: JobHandlers = {
      'test.fail': async ({ job: j, audit }) => {
        await audit({ entity: 'test', entityId: j.id, action: 'touch' });
        throw new AppError('VALIDATION_FAILED', '测试：数据不完整');
      },
    };
    // A real back-off: after the first failure the job waits, so a drain runs it once.
    expect(await drainJobs(database, { handlers, retryBaseSeconds: 60 })).toBe(1);
    const waiting = await jobRow(job.id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, error: '测试：数据不完整' });
    expect(new Date(waiting.runAfter).getTime()).toBeGreaterThan(Date.now() + 50_000);
    await database.db.update(backgroundJobs).set({ runAfter: sql`now()` }).where(eq(backgroundJobs.id, job.id));
    expect(await drainJobs(database, { handlers, ...fast })).toBe(2);
    expect(await jobRow(job.id)).toMatchObject({ status: 'failed', attempts: 3, error: '测试：数据不完整' });
    expect(await jobEvents(job.id)).toEqual(['enqueue', 'retry', 'retry', 'fail']);
    // The handler's own writes went with each failed attempt.
    const touched = await database.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.entity} = 'test' and ${auditEvents.entityId} = ${String(job.id)}`);
    expect(touched).toEqual([]);
  });

  it('retries after an unexpected error with a generic Chinese message, and succeeds on a later attempt', async () => {
    const job = await queue('test.flaky');
    let calls = 0;
    const handlers: JobHandlers = {
      'test.flaky': async () => {
        calls++;
        if (calls === 1) throw new Error('connection reset');
        return { ok: true };
      },
    };
    const logged: string[] = [];
    expect(await drainJobs(database, { handlers, ...fast, log: (m) => logged.push(m) })).toBe(2);
    expect(await jobRow(job.id)).toMatchObject({ status: 'done', attempts: 2, error: null, result: { ok: true } });
    expect(logged.join()).toContain('connection reset');
    expect(await jobEvents(job.id)).toEqual(['enqueue', 'retry', 'complete']);
  });

  it('a job of a year read with jobYear: its year, or a Chinese error when the payload has none', async () => {
    const good = await queue('test.year', { year: 2025 });
    const bad = await queue('test.year', { month: 5 });
    const handlers: JobHandlers = { 'test.year': async ({ job }) => ({ year: jobYear(job) }) };
    expect(await drainJobs(database, { handlers, ...fast, maxAttempts: 1 })).toBe(2);
    expect(await jobRow(good.id)).toMatchObject({ status: 'done', result: { year: 2025 } });
    expect(await jobRow(bad.id)).toMatchObject({ status: 'failed', error: '任务参数不正确：缺少有效的年度' });
  });

  it('an unknown kind fails at once', async () => {
    const job = await queue('test.nobody');
    expect(await drainJobs(database, { handlers: {}, ...fast })).toBe(1);
    expect(await jobRow(job.id)).toMatchObject({ status: 'failed', attempts: 1, error: '未知的任务类型：test.nobody' });
  });

  it("the server's runner picks up a job queued while it idles, and its stopper waits for the job in flight", async () => {
    let finish: () => void = () => {};
    const started: number[] = [];
    const handlers: JobHandlers = {
      'test.slow': async ({ job }) => {
        started.push(job.id);
        await new Promise<void>((resolve) => {
          finish = resolve;
        });
        return { slow: true };
      },
    };
    // The poll alone (on PostgreSQL the LISTEN wake-up is tested below).
    const stop = startJobRunner(database, { handlers, pollMs: 20, listen: false });
    const job = await queue('test.slow');
    await expect.poll(() => started, { timeout: 5_000 }).toEqual([job.id]);
    // (No query here: on PGlite the running job holds the one connection until it commits.)
    let stopped = false;
    const stopping = stop().then(() => {
      stopped = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(await jobRow(job.id)).toMatchObject({ status: 'done', result: { slow: true } });
  });

  it('a job left running by a dead process is reclaimed after the timeout, not before', async () => {
    const job = await queue('test.ok', { n: 9 });
    // A process claims it and dies before running it.
    expect((await claimNext(database.db, 600))?.id).toBe(job.id);
    const handlers: JobHandlers = { 'test.ok': async () => ({ reclaimed: true }) };
    expect(await drainJobs(database, { handlers, staleAfterSeconds: 600 })).toBe(0);
    expect((await jobRow(job.id)).status).toBe('running');
    await database.db
      .update(backgroundJobs)
      .set({ startedAt: sql`now() - interval '11 minutes'` })
      .where(eq(backgroundJobs.id, job.id));
    expect(await drainJobs(database, { handlers, staleAfterSeconds: 600 })).toBe(1);
    expect(await jobRow(job.id)).toMatchObject({ status: 'done', attempts: 2, result: { reclaimed: true } });
  });

  it('a job that keeps dying is failed once it has used its attempts', async () => {
    const job = await queue('test.ok', { n: 10 });
    await database.db
      .update(backgroundJobs)
      .set({ status: 'running', attempts: 3, startedAt: sql`now() - interval '1 hour'` })
      .where(eq(backgroundJobs.id, job.id));
    const handlers: JobHandlers = { 'test.ok': async () => ({}) };
    expect(await drainJobs(database, { handlers, ...fast })).toBe(1);
    expect(await jobRow(job.id)).toMatchObject({ status: 'failed', attempts: 4 });
    expect((await jobRow(job.id)).error).toContain('多次中断');
  });

  it('the maintenance run deletes finished jobs older than 90 days, not queued, running or recent ones', async () => {
    const old = sql`now() - make_interval(days => ${FINISHED_JOB_DAYS + 1})`;
    const recent = sql`now() - make_interval(days => ${FINISHED_JOB_DAYS - 1})`;
    const made = [];
    for (const [status, finishedAt] of [
      ['done', old],
      ['failed', old],
      ['done', recent],
      ['queued', null],
      ['running', null],
    ] as const) {
      const job = await queue('test.ok', { status });
      await database.db
        .update(backgroundJobs)
        .set({ status, finishedAt: finishedAt ?? null })
        .where(eq(backgroundJobs.id, job.id));
      made.push(job.id);
    }
    expect(await pruneFinishedJobs(database.db)).toBe(2);
    const left = await database.db.select({ id: backgroundJobs.id }).from(backgroundJobs);
    expect(left.map((r) => r.id).sort((a, b) => a - b)).toEqual(made.slice(2));
  });

  /** The backend pids LISTENing for jobs on this database (the runner's dedicated connection). */
  const listenerPids = async () =>
    (
      await database.pool.query(
        `select pid from pg_stat_activity
          where datname = current_database() and query = $1 and pid <> pg_backend_pid() order by pid`,
        [`listen ${JOBS_CHANNEL}`],
      )
    ).rows.map((r) => Number(r.pid));

  it.skipIf(testDriver === 'pglite')(
    'on PostgreSQL a queued job wakes the runner at commit (LISTEN/NOTIFY), far sooner than the poll; the listener reconnects and closes with the runner',
    async () => {
      const started = new Map<number, number>();
      const handlers: JobHandlers = {
        'test.ok': async ({ job }) => {
          started.set(job.id, Date.now());
          return {};
        },
      };
      const logged: string[] = [];
      // A poll of a minute: only the notification can start the job within a second.
      const stop = startJobRunner(database, { handlers, pollMs: 60_000, log: (m) => logged.push(m) });
      try {
        await expect.poll(listenerPids, { timeout: 5_000 }).toHaveLength(1);
        const [first] = await listenerPids();
        const startsWithin = async (n: number) => {
          const t0 = Date.now();
          const job = await queue('test.ok', { n });
          await expect.poll(() => started.has(job.id), { timeout: 5_000, interval: 10 }).toBe(true);
          return (started.get(job.id) ?? Number.POSITIVE_INFINITY) - t0;
        };
        expect(await startsWithin(1)).toBeLessThan(1_000);
        // The listener's session is killed (server restart, network): it reconnects with back-off.
        await database.pool.query('select pg_terminate_backend($1)', [first]);
        await expect
          .poll(async () => (await listenerPids()).filter((pid) => pid !== first), { timeout: 10_000 })
          .toHaveLength(1);
        expect(await listenerPids()).toHaveLength(1);
        expect(logged.join()).toContain('重连');
        expect(await startsWithin(2)).toBeLessThan(1_000);
      } finally {
        await stop();
      }
      await expect.poll(listenerPids, { timeout: 5_000 }).toEqual([]);
    },
  );

  it.skipIf(testDriver === 'postgres')(
    'on PGlite a second connection never hears a NOTIFY (one session: it goes back to the committer), so the runner polls and opens no listener',
    async () => {
      const listener = new pg.Client(database.pool.options);
      await listener.connect();
      const heard: string[] = [];
      listener.on('notification', (n) => heard.push(n.channel));
      try {
        await listener.query(`listen ${JOBS_CHANNEL}`);
        await queue('test.ok', { n: 1 });
        await listener.query('select 1');
        await new Promise((r) => setTimeout(r, 300));
        expect(heard).toEqual([]);
      } finally {
        await listener.query(`unlisten ${JOBS_CHANNEL}`);
        await listener.end();
      }
      const stop = startJobRunner(database, { handlers: { 'test.ok': async () => ({}) }, pollMs: 20 });
      try {
        await expect.poll(async () => (await database.db.select().from(backgroundJobs))[0]?.status).toBe('done');
        expect(await listenerPids()).toEqual([]);
      } finally {
        await stop();
      }
    },
  );
});
