import type { Database, Db } from '../db/client';
import { AppError } from '../errors';
import { listenForJobs } from './listener';
import { claimNext, jobAuditor, lockClaim, markDone, markFailed } from './queue';
import { type Job, RUNNER_DEFAULTS, type RunnerOptions } from './types';

type Settings = Required<Omit<RunnerOptions, 'log'>> & Pick<RunnerOptions, 'log'>;

/** A claim lost to another runner between claim and run (the job was reclaimed as stale). */
class ClaimLost extends Error {}

function settingsOf(database: Database, opts: RunnerOptions): Settings {
  const s = { ...RUNNER_DEFAULTS, ...opts };
  // PGlite serves one session: jobs would only queue for the one connection, so they run one at a time. On
  // PostgreSQL the jobs share the request pool: two of its connections always stay free for requests.
  const free = Math.max(1, (database.pool.options.max ?? 10) - 2);
  const concurrency = database.driver === 'pglite' ? 1 : Math.min(free, Math.max(1, Math.floor(s.concurrency)));
  return { ...s, concurrency };
}

/** The Chinese message stored on the job: the product's own message, or a generic one (details go to the log). */
function messageOf(e: unknown) {
  if (e instanceof AppError) return e.message;
  return '任务执行出错（内部错误），请联系系统管理员查看服务日志';
}

/**
 * Runs one claimed job: the handler, the job's status and its audit event in one transaction. A failure is
 * recorded in a second transaction: retried after a back-off, failed for good at the attempt limit.
 */
async function runJob(db: Db, job: Job, s: Settings) {
  const handler = s.handlers[job.kind];
  try {
    if (!handler) throw new AppError('VALIDATION_FAILED', `未知的任务类型：${job.kind}`);
    if (job.attempts > s.maxAttempts) throw new AppError('CONFLICT', '任务多次中断（执行进程退出），已停止重试');
    await db.transaction(async (tx) => {
      if (!(await lockClaim(tx, job))) throw new ClaimLost();
      const audit = await jobAuditor(tx, job);
      const result = await handler({ tx, job, audit });
      await markDone(tx, job, result);
      await audit({ entity: 'backgroundJob', entityId: job.id, action: 'complete', after: { result } });
    });
  } catch (e) {
    if (e instanceof ClaimLost) return;
    const error = messageOf(e);
    if (!(e instanceof AppError)) s.log?.(`后台任务 ${job.id}（${job.kind}）出错：${e instanceof Error ? e.stack : e}`);
    const last = !handler || job.attempts >= s.maxAttempts;
    const retryIn = last ? null : s.retryBaseSeconds * 2 ** (job.attempts - 1);
    await db.transaction(async (tx) => {
      if (!(await markFailed(tx, job, error, retryIn))) return;
      const audit = await jobAuditor(tx, job);
      await audit({
        entity: 'backgroundJob',
        entityId: job.id,
        action: last ? 'fail' : 'retry',
        after: { attempts: job.attempts, error, retryInSeconds: retryIn },
      });
    });
  }
}

/** How a worker waits when nothing is due: `beforeClaim` marks a claim round, `idle` waits unless woken since. */
interface Pacer {
  beforeClaim(): void;
  idle(): Promise<void>;
}

/** One worker: claim and run until `stopped()`; with `untilEmpty`, also stops when nothing is due. */
async function work(db: Db, s: Settings, stopped: () => boolean, pacer: Pacer, untilEmpty: boolean) {
  let ran = 0;
  while (!stopped()) {
    pacer.beforeClaim();
    const job = await claimNext(db, s.staleAfterSeconds);
    if (job) {
      await runJob(db, job, s);
      ran++;
    } else if (untilEmpty) break;
    else await pacer.idle();
  }
  return ran;
}

/**
 * Runs every due job with up to `concurrency` workers and returns once none is due (tests, benches, scripts).
 * Returns how many jobs were run (attempts, including failed ones).
 */
export async function drainJobs(database: Database, opts: RunnerOptions) {
  const s = settingsOf(database, opts);
  const workers = Array.from({ length: s.concurrency }, () =>
    work(database.db, s, () => false, { beforeClaim() {}, idle: async () => {} }, true),
  );
  return (await Promise.all(workers)).reduce((a, b) => a + b, 0);
}

/**
 * The server process's job runner: `concurrency` workers claim due jobs (FOR UPDATE SKIP LOCKED, so several
 * processes may run it), each job in its own transaction on its own pool connection. On PostgreSQL one extra
 * connection LISTENs for the NOTIFY that `enqueue` sends at commit and wakes the idle workers at once; the poll
 * every `pollMs` stays as the fallback (while the listener reconnects, for retries whose back-off ends) and is the
 * only mechanism on PGlite. Returns the stopper, which closes the listener and waits for the jobs in flight.
 */
export function startJobRunner(database: Database, opts: RunnerOptions) {
  const s = settingsOf(database, opts);
  let stopping = false;
  // Counts wake-ups, so a notification that arrives during a claim round that found nothing is not slept through.
  let wakeups = 0;
  const sleepers = new Set<() => void>();
  const wake = () => {
    wakeups++;
    for (const sleeper of [...sleepers]) sleeper();
  };
  const sleep = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, s.pollMs);
      timer.unref();
      sleepers.add(done);
    });
  const pacer = (): Pacer => {
    let seen = wakeups;
    return {
      beforeClaim() {
        seen = wakeups;
      },
      idle: () => (wakeups !== seen ? Promise.resolve() : sleep()),
    };
  };
  const stopListening =
    s.listen && database.driver === 'postgres'
      ? listenForJobs({ config: database.pool.options, onNotify: wake, log: s.log })
      : async () => {};
  const guarded = async () => {
    const p = pacer();
    while (!stopping) {
      try {
        await work(database.db, s, () => stopping, p, false);
      } catch (e) {
        // The database went away or a bookkeeping statement failed: log, wait, go on.
        s.log?.(`后台任务执行器出错（稍后重试）：${e instanceof Error ? e.message : String(e)}`);
        await sleep();
      }
    }
  };
  const workers = Array.from({ length: s.concurrency }, guarded);
  return async () => {
    stopping = true;
    await stopListening();
    wake();
    await Promise.all(workers);
  };
}
