import { and, eq, inArray } from 'drizzle-orm';
import type { TSamplingInput } from '../../../core/contracts/reviews';
import { orgUnits, reviewBatches, reviewSamples, users } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { openTask } from '../../platform/inbox';
import { write } from '../../platform/tx';
import { checkFindingsQuery } from './checks-sql';
import { assertBatchAction, assertFinance, batchActions } from './policy';
import * as repo from './repo';
import { drawSample } from './sampling';
import { screeningCounts } from './screening';
import { batchStats } from './stats';
import { checkRulesAndPairs } from './text-pairs';

export async function createBatch(ctx: Ctx, input: { year: number; workYear: number; name: string }) {
  assertFinance(ctx.actor, '创建复核批次');
  if (input.workYear < input.year) throw new AppError('VALIDATION_FAILED', '复核年度不能早于被复核的自评年度');
  return write(ctx, async (tx) => {
    const [row] = await tx
      .insert(reviewBatches)
      .values({ ...input, regionCode: ctx.actor.regionCode, createdBy: ctx.actor.userId })
      .returning();
    await audit(tx, ctx, { entity: 'reviewBatch', entityId: row.id, action: 'create', after: row });
    return row;
  });
}

export async function listBatches(ctx: Ctx, q: { year?: number; workYear?: number }) {
  return repo.listBatches(ctx.db, ctx.actor, q);
}

/**
 * A batch with the samples the caller sees (filtered by `q`). Finance, admin and leaders see every batch; anyone else
 * a batch only where one of its samples is theirs (an empty filtered list is still an answer).
 */
export async function batchWithSamples(ctx: Ctx, id: number, q: { status?: string; unitId?: number }) {
  const batch = found(await repo.findBatch(ctx.db, ctx.actor.regionCode, id), '复核批次');
  const samples = await repo.listSamples(ctx.db, ctx.actor, id, q);
  if (!['admin', 'finance', 'leader'].includes(ctx.actor.role) && samples.length === 0 && !q.status && !q.unitId)
    throw new AppError('NOT_FOUND', '复核批次不存在或无权查看');
  return { batch, samples };
}

export async function getBatch(ctx: Ctx, id: number, q: { status?: string; unitId?: number }) {
  const { batch, samples } = await batchWithSamples(ctx, id, q);
  return {
    ...batch,
    samples,
    stats: await batchStats(ctx.db, ctx.actor, id),
    allowedActions: batchActions(ctx.actor, batch),
  };
}

/** Runs the automated checks over samples (set-based) and replaces their proposed rule findings of the round. */
export async function runChecks(tx: DbOrTx, regionCode: string, year: number, sampleIds: number[], by: number | null) {
  if (sampleIds.length === 0) return 0;
  const rules = await checkRulesAndPairs(tx, regionCode, year);
  return repo.replaceRuleFindings(tx, sampleIds, checkFindingsQuery(sampleIds, rules, by));
}

/** Draws the sample (rules + seeded random), stores it with the parameters, and runs the checks on it. */
export async function sampleBatch(ctx: Ctx, id: number, params: TSamplingInput) {
  assertFinance(ctx.actor, '抽取复核样本');
  return write(ctx, async (tx) => {
    const batch = found(await repo.findBatch(tx, ctx.actor.regionCode, id), '复核批次');
    if (batch.status !== 'open') throw new AppError('INVALID_TRANSITION', '复核批次已关闭');
    const candidates = await repo.samplingCandidates(tx, ctx.actor.regionCode, batch.year, id);
    const problemUnits = params.lastYearProblemUnits
      ? await repo.unitsWithProblems(tx, ctx.actor.regionCode, batch.year - 1)
      : new Set<number>();
    const screening = params.screeningSeverity
      ? await screeningCounts(tx, ctx.actor.regionCode, batch.year)
      : new Map<number, { p0: number; p1: number }>();
    if (params.screeningSeverity && screening.size === 0)
      throw new AppError('VALIDATION_FAILED', `${batch.year}年度尚未运行自评全覆盖筛查，无法按筛查结果抽样`);
    const drawn = drawSample(candidates, params, problemUnits, screening);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const values = [...drawn].flatMap(([selfEvaluationId, reasons]) => {
      const c = byId.get(selfEvaluationId);
      return c
        ? [
            {
              regionCode: ctx.actor.regionCode,
              batchId: id,
              selfEvaluationId,
              projectId: c.projectId,
              unitId: c.unitId,
              departmentId: c.departmentId,
              reasons: reasons.join(','),
            },
          ]
        : [];
    });
    const inserted = values.length
      ? await tx.insert(reviewSamples).values(values).returning({ id: reviewSamples.id })
      : [];
    const findings = await runChecks(
      tx,
      ctx.actor.regionCode,
      batch.year,
      inserted.map((r) => r.id),
      ctx.actor.userId,
    );
    await tx
      .update(reviewBatches)
      .set({ sampling: params, version: batch.version + 1 })
      .where(eq(reviewBatches.id, id));
    await audit(tx, ctx, {
      entity: 'reviewBatch',
      entityId: id,
      action: 'sample',
      after: { params, sampled: inserted.length, findings },
    });
    return { sampled: inserted.length, findings };
  });
}

/** Assigns samples to a reviewer (finance staff or expert) or to an agency, with an inbox task. */
export async function assignSamples(
  ctx: Ctx,
  batchId: number,
  input: { sampleIds: number[]; reviewerUserId: number | null; agencyOrgId: number | null },
) {
  assertFinance(ctx.actor, '分配复核人员');
  return write(ctx, async (tx) => {
    const batch = found(await repo.findBatch(tx, ctx.actor.regionCode, batchId), '复核批次');
    assertBatchAction(ctx.actor, batch, 'assign');
    if (input.reviewerUserId !== null) {
      const [u] = await tx
        .select({ role: users.role })
        .from(users)
        .where(and(eq(users.id, input.reviewerUserId), eq(users.regionCode, ctx.actor.regionCode)));
      if (!u || !['finance', 'expert'].includes(u.role))
        throw new AppError('VALIDATION_FAILED', '复核人员须为财政人员或评审专家');
    }
    const rows = await tx
      .update(reviewSamples)
      .set({
        reviewerUserId: input.reviewerUserId,
        agencyOrgId: input.agencyOrgId,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(reviewSamples.batchId, batchId), inArray(reviewSamples.id, input.sampleIds)))
      .returning({ id: reviewSamples.id });
    if (rows.length !== input.sampleIds.length) throw new AppError('VALIDATION_FAILED', '部分样本不属于该批次');
    await openTask(tx, {
      regionCode: ctx.actor.regionCode,
      kind: 'review.assigned',
      title: `自评复核任务：${rows.length} 个项目`,
      entity: 'reviewBatch',
      entityId: batchId,
      link: `/evaluation/reviews/${batchId}`,
      assigneeUserId: input.reviewerUserId ?? undefined,
      assigneeRole: input.agencyOrgId !== null ? 'agency' : undefined,
      assigneeOrgId: input.agencyOrgId,
    });
    await audit(tx, ctx, { entity: 'reviewBatch', entityId: batchId, action: 'assign', after: input });
    return { assigned: rows.length };
  });
}

/** Who can be assigned: finance staff and experts, and agency organisations (external orgs with agency users). */
export async function listReviewers(ctx: Ctx) {
  assertFinance(ctx.actor, '分配复核人员');
  const rows = await ctx.db
    .select({ id: users.id, displayName: users.displayName, role: users.role, orgId: users.orgId })
    .from(users)
    .where(and(eq(users.regionCode, ctx.actor.regionCode), inArray(users.role, ['finance', 'expert', 'agency'])));
  const agencyOrgIds = [...new Set(rows.filter((r) => r.role === 'agency').map((r) => r.orgId))];
  const agencies = agencyOrgIds.length
    ? await ctx.db
        .select({ id: orgUnits.id, name: orgUnits.name })
        .from(orgUnits)
        .where(inArray(orgUnits.id, agencyOrgIds))
    : [];
  return { reviewers: rows.filter((r) => r.role !== 'agency'), agencies };
}
