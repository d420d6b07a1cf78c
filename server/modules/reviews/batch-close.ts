import { eq } from 'drizzle-orm';
import type { TBulkPassInput } from '../../../core/contracts/reviews';
import { type ReviewBatchSummary, reviewBatches } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, found } from '../../platform/errors';
import { write } from '../../platform/tx';
import { approveAfterReview } from '../self-evaluation/workflow';
import { assertBatchAction, assertFinance, sampleActions } from './policy';
import * as repo from './repo';
import { openSample, recordDecision } from './samples';
import { batchStats } from './stats';

/**
 * 办结: closes a batch once every sample is concluded (复核通过, including returned samples passed after
 * resubmission). Freezes the batch figures from rows; afterwards samples and findings are read-only. Closing a
 * closed batch returns it unchanged.
 */
export async function closeBatch(ctx: Ctx, id: number) {
  return write(ctx, async (tx) => {
    const batch = found(await repo.findBatch(tx, ctx.actor.regionCode, id), '复核批次');
    if (batch.status === 'closed') {
      assertFinance(ctx.actor, '办结复核批次');
      return { status: batch.status, summary: batch.summary, closedAt: batch.closedAt };
    }
    assertBatchAction(ctx.actor, batch, 'close');
    const open = await repo.openSampleCounts(tx, id);
    if (open.total === 0 && open.passed === 0) throw new AppError('GATE_BLOCKED', '该批次尚未抽取样本，不能办结');
    if (open.total > 0)
      throw new AppError(
        'GATE_BLOCKED',
        `尚有 ${open.total} 个抽查项目未办结（待复核 ${open.pending} 个、退回整改中 ${open.returned} 个、重新提交待复核 ${open.resubmitted} 个），不能办结批次`,
      );
    const stats = await batchStats(tx, ctx.actor, id);
    const summary: ReviewBatchSummary = {
      sampled: stats.sampled,
      unitsReviewed: stats.unitsReviewed,
      unitsWithSuggestions: stats.unitsWithSuggestions,
      suggestions: stats.suggestions,
      returns: stats.returns,
      closed: stats.closed,
    };
    const closedAt = new Date().toISOString();
    await tx
      .update(reviewBatches)
      .set({
        status: 'closed',
        summary,
        closedAt,
        closedBy: ctx.actor.userId,
        version: batch.version + 1,
        updatedAt: closedAt,
      })
      .where(eq(reviewBatches.id, id));
    await audit(tx, ctx, {
      entity: 'reviewBatch',
      entityId: id,
      action: 'close',
      before: { status: batch.status },
      after: { status: 'closed', summary },
    });
    return { status: 'closed', summary, closedAt };
  });
}

/** Reopens a closed batch (administrator, with a reason): samples and findings can be worked again. */
export async function reopenBatch(ctx: Ctx, id: number, reason: string) {
  return write(ctx, async (tx) => {
    const batch = found(await repo.findBatch(tx, ctx.actor.regionCode, id), '复核批次');
    assertBatchAction(ctx.actor, batch, 'reopen');
    const now = new Date().toISOString();
    await tx
      .update(reviewBatches)
      .set({
        status: 'open',
        summary: null,
        closedAt: null,
        closedBy: null,
        reopenReason: reason,
        version: batch.version + 1,
        updatedAt: now,
      })
      .where(eq(reviewBatches.id, id));
    await audit(tx, ctx, {
      entity: 'reviewBatch',
      entityId: id,
      action: 'reopen',
      before: { status: batch.status, summary: batch.summary },
      after: { status: 'open' },
      reason,
    });
    return { status: 'open' };
  });
}

/** 批量通过: passes the selected samples of the batch that have no open findings, all or none. */
export async function bulkPass(ctx: Ctx, id: number, input: TBulkPassInput) {
  return write(ctx, async (tx) => {
    const batch = found(await repo.findBatch(tx, ctx.actor.regionCode, id), '复核批次');
    assertBatchAction(ctx.actor, batch, 'bulkPass');
    const ids = [...new Set(input.sampleIds)];
    const samples = [];
    for (const sampleId of ids) {
      const sample = await openSample(tx, ctx, sampleId);
      if (sample.batchId !== id) throw new AppError('VALIDATION_FAILED', '部分样本不属于该批次');
      samples.push(sample);
    }
    const roundOf = new Map(samples.map((s) => [s.id, s.round]));
    const proposed = new Set(
      (await repo.findingsOf(tx, ids))
        .filter((f) => f.status === 'proposed' && f.round === roundOf.get(f.sampleId))
        .map((f) => f.sampleId),
    );
    const blocked = samples.filter((s) => proposed.has(s.id) || !sampleActions(ctx.actor, s).includes('pass'));
    if (blocked.length)
      throw new AppError(
        'GATE_BLOCKED',
        `所选项目中有 ${blocked.length} 个仍有待确认的复核发现或当前状态不能通过（${blocked
          .slice(0, 5)
          .map((s) => s.projectName)
          .join('、')}${blocked.length > 5 ? '等' : ''}），未作任何处理`,
      );
    for (const sample of samples) {
      await approveAfterReview(tx, ctx, sample.selfEvaluationId, input.comment);
      await recordDecision(tx, ctx, sample, { status: 'passed', comment: input.comment, rectificationIds: [] });
    }
    await audit(tx, ctx, { entity: 'reviewBatch', entityId: id, action: 'bulkPass', after: { sampleIds: ids } });
    return { passed: samples.length };
  });
}
