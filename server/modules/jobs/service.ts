import type { TJobListQuery } from '../../../core/contracts/jobs';
import type { JobKind } from '../../../core/enums';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { enqueue } from '../../platform/jobs/index';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import { listRounds } from '../monitoring/rounds';
import * as repo from './repo';

/** The background jobs of the caller's region (admin and finance), newest first. */
export async function listJobs(ctx: Ctx, q: TJobListQuery) {
  assertRole(ctx.actor, ['admin', 'finance'], '查看后台任务');
  return repo.pageJobs(ctx.db, ctx.actor.regionCode, q);
}

/** Queues a recompute of every monitoring round of the caller's region and a year (admin and finance). */
export async function requestMonitoringRecompute(ctx: Ctx, year: number) {
  assertRole(ctx.actor, ['admin', 'finance'], '重新计算预警');
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
