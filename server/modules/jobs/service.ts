import type { TJobListQuery } from '../../../core/contracts/jobs';
import { JOB_STATUS_LABELS, type JobKind, labelOf } from '../../../core/enums';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { enqueue, requeueFailed } from '../../platform/jobs/index';
import { write } from '../../platform/tx';
import { listRounds } from '../monitoring/rounds';
import { assertJobRole, jobActions } from './policy';
import * as repo from './repo';

/** The background jobs of the caller's region (admin and finance), newest first, each with its buttons. */
export async function listJobs(ctx: Ctx, q: TJobListQuery) {
  assertJobRole(ctx.actor, '查看后台任务');
  const page = await repo.pageJobs(ctx.db, ctx.actor.regionCode, q);
  return { ...page, items: page.items.map((row) => ({ ...row, allowedActions: jobActions(ctx.actor, row) })) };
}

/** One job of the caller's region with the buttons the caller may press (another region's job: 404). */
export async function getJob(ctx: Ctx, id: number) {
  assertJobRole(ctx.actor, '查看后台任务');
  return readDetail(ctx, ctx.db, id);
}

async function readDetail(ctx: Ctx, db: DbOrTx, id: number) {
  const row = found(await repo.findJob(db, ctx.actor.regionCode, id), '后台任务');
  return { ...row, allowedActions: jobActions(ctx.actor, row) };
}

/** Queues a recompute of every monitoring round of the caller's region and a year (admin and finance). */
export async function requestMonitoringRecompute(ctx: Ctx, year: number) {
  assertJobRole(ctx.actor, '重新计算预警');
  const rounds = await listRounds(ctx, year);
  if (rounds.length === 0) throw new AppError('VALIDATION_FAILED', `${year} 年尚无监控轮次，无需重新计算预警`);
  return write(ctx, (tx) =>
    enqueue(tx, ctx, {
      kind: 'monitoring.recomputeYear' satisfies JobKind,
      targetRegion: ctx.actor.regionCode,
      payload: { year },
    }),
  );
}

/**
 * Puts a failed job of the caller's region back in the queue for a new round of attempts, due now (admin and
 * finance, as for queuing a recompute). The last error stays in the audit event's `before`.
 */
export async function retryJob(ctx: Ctx, id: number) {
  assertJobRole(ctx.actor, '重试后台任务');
  return write(ctx, async (tx) => {
    const job = found(await repo.lockJob(tx, ctx.actor.regionCode, id), '后台任务');
    if (!jobActions(ctx.actor, job).includes('retry'))
      throw new AppError(
        'INVALID_TRANSITION',
        `该任务当前状态为“${labelOf(JOB_STATUS_LABELS, job.status)}”，只有失败的任务可以重试`,
      );
    const queued = found(await requeueFailed(tx, id), '后台任务');
    await audit(tx, ctx, {
      entity: 'backgroundJob',
      entityId: id,
      action: 'requeue',
      before: { status: job.status, attempts: job.attempts, error: job.error },
      after: { status: queued.status, attempts: queued.attempts, error: queued.error, runAfter: queued.runAfter },
    });
    return readDetail(ctx, tx, id);
  });
}
