import { and, eq } from 'drizzle-orm';
import { businessDate } from '../../../core/business-time';
import type { TDecisionInput } from '../../../core/contracts/reviews';
import { gradeOf, roundScore } from '../../../core/rules/scoring/index';
import { reviewFindings, reviewSamples, reviewWorkpaperRows } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx, Tx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { closeTasks, openTask } from '../../platform/inbox';
import { write } from '../../platform/tx';
import { raiseRectifications } from '../rectification/raise';
import { getRules } from '../rule-sets/service';
import { onReviewResubmit } from '../self-evaluation/events';
import { formIndicators } from '../self-evaluation/read-for-review';
import { approveAfterReview, reopenForReview } from '../self-evaluation/workflow';
import { runChecks } from './batches';
import { assertSampleAction, sampleActions } from './policy';
import * as repo from './repo';

/** The workpaper: each indicator's self value/score beside the review value/score, deviations and findings. */
export async function getSample(ctx: Ctx, id: number) {
  const sample = found(await repo.findSample(ctx.db, ctx.actor, id), '复核样本');
  const indicators = await formIndicators(ctx.db, [sample.selfEvaluationId]);
  const workpaper = await repo.workpaperOf(ctx.db, id);
  const findings = await repo.findingsOf(ctx.db, [id]);
  const batch = await repo.findBatch(ctx.db, ctx.actor.regionCode, sample.batchId);
  const byIndicator = new Map(workpaper.map((w) => [w.indicatorId, w]));
  const rows = indicators.map((r) => {
    const w = byIndicator.get(r.id);
    const reviewScore = w?.reviewScore ?? null;
    return {
      ...r,
      reviewValue: w?.reviewValue ?? null,
      reviewScore,
      reviewNote: w?.note ?? '',
      deviation: deviationOf(r.score, reviewScore ?? r.score),
    };
  });
  return {
    ...sample,
    batchName: batch?.name ?? '',
    batchYear: batch?.year ?? null,
    indicators: rows,
    deviation: deviationOf(sample.selfTotal, sample.reviewTotal ?? sample.selfTotal),
    findings,
    allowedActions: sampleActions(ctx.actor, sample),
  };
}

/** (自评得分 − 复核得分) / 自评得分, 4 decimals; null when the self score is 0. */
export function deviationOf(selfScore: number, reviewScore: number) {
  return selfScore === 0 ? null : Math.round(((selfScore - reviewScore) / selfScore) * 10000) / 10000;
}

export async function openSample(tx: DbOrTx, ctx: Ctx, id: number) {
  return found(await repo.findSample(tx, ctx.actor, id), '复核样本');
}

export async function saveWorkpaper(
  ctx: Ctx,
  id: number,
  input: { rows: { indicatorId: number; reviewValue: string | null; reviewScore: number | null; note: string }[] },
) {
  return write(ctx, async (tx) => {
    const sample = await openSample(tx, ctx, id);
    assertSampleAction(ctx.actor, sample, 'editWorkpaper');
    const indicators = await formIndicators(tx, [sample.selfEvaluationId]);
    const byId = new Map(indicators.map((r) => [r.id, r]));
    for (const r of input.rows) {
      const ind = byId.get(r.indicatorId);
      if (!ind) throw new AppError('VALIDATION_FAILED', `指标行 ${r.indicatorId} 不属于该自评表`);
      if (r.reviewScore !== null && r.reviewScore > ind.weight)
        throw new AppError('VALIDATION_FAILED', `指标“${ind.name}”复核得分不能超过分值 ${ind.weight}`);
    }
    await tx.delete(reviewWorkpaperRows).where(eq(reviewWorkpaperRows.sampleId, id));
    if (input.rows.length) await tx.insert(reviewWorkpaperRows).values(input.rows.map((r) => ({ ...r, sampleId: id })));
    const given = new Map(input.rows.map((r) => [r.indicatorId, r.reviewScore]));
    const delta = indicators.reduce((sum, r) => sum + (r.score - (given.get(r.id) ?? r.score)), 0);
    const reviewTotal = roundScore(sample.selfTotal - delta);
    const batch = found(await repo.findBatch(tx, ctx.actor.regionCode, sample.batchId), '复核批次');
    const rules = await getRules(tx, ctx.actor.regionCode, batch.year, 'scoring');
    await tx
      .update(reviewSamples)
      .set({ reviewTotal, reviewGrade: gradeOf(reviewTotal, rules), updatedAt: new Date().toISOString() })
      .where(eq(reviewSamples.id, id));
    await audit(tx, ctx, {
      entity: 'reviewSample',
      entityId: id,
      action: 'update',
      after: { rows: input.rows, reviewTotal },
    });
    return { reviewTotal, reviewGrade: gradeOf(reviewTotal, rules) };
  });
}

export async function rerunChecks(ctx: Ctx, id: number) {
  return write(ctx, async (tx) => {
    const sample = await openSample(tx, ctx, id);
    assertSampleAction(ctx.actor, sample, 'rerunChecks');
    const batch = found(await repo.findBatch(tx, ctx.actor.regionCode, sample.batchId), '复核批次');
    const count = await runChecks(tx, ctx.actor.regionCode, batch.year, [id], ctx.actor.userId);
    await audit(tx, ctx, { entity: 'reviewSample', entityId: id, action: 'runChecks', after: { findings: count } });
    return { findings: count };
  });
}

/** Accept, edit or drop a finding (reviewer, while the sample is open). */
export async function updateFinding(
  ctx: Ctx,
  findingId: number,
  input: { status: 'proposed' | 'accepted' | 'dropped'; severity?: string; evidence?: string; suggestion?: string },
) {
  return write(ctx, async (tx) => {
    const [before] = await tx.select().from(reviewFindings).where(eq(reviewFindings.id, findingId));
    const finding = found(before?.regionCode === ctx.actor.regionCode ? before : undefined, '复核发现');
    const sample = await openSample(tx, ctx, finding.sampleId);
    assertSampleAction(ctx.actor, sample, 'editFindings');
    const [after] = await tx
      .update(reviewFindings)
      .set({ ...input, updatedAt: new Date().toISOString() })
      .where(eq(reviewFindings.id, findingId))
      .returning();
    await audit(tx, ctx, { entity: 'reviewSample', entityId: sample.id, action: 'updateFinding', before, after });
    return after;
  });
}

/** A reviewer's own suggestion (accepted at once). */
export async function addFinding(
  ctx: Ctx,
  sampleId: number,
  input: { area: string; severity: string; indicatorId: number | null; evidence: string; suggestion: string },
) {
  return write(ctx, async (tx) => {
    const sample = await openSample(tx, ctx, sampleId);
    assertSampleAction(ctx.actor, sample, 'editFindings');
    const [row] = await tx
      .insert(reviewFindings)
      .values({
        ...input,
        regionCode: ctx.actor.regionCode,
        batchId: sample.batchId,
        sampleId,
        unitId: sample.unitId,
        departmentId: sample.departmentId,
        origin: 'reviewer',
        code: 'reviewer',
        status: 'accepted',
        round: sample.round,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await audit(tx, ctx, { entity: 'reviewSample', entityId: sampleId, action: 'addFinding', after: row });
    return row;
  });
}

const RECTIFICATION_SEVERITY = { P0: 'high', P1: 'medium', P2: 'low' } as const;

/** Pass, or return for rectification: reopens the form and puts the serious suggestions on the rectification list. */
export async function decideSample(ctx: Ctx, id: number, input: TDecisionInput) {
  return write(ctx, async (tx) => {
    const sample = await openSample(tx, ctx, id);
    assertSampleAction(ctx.actor, sample, input.decision);
    const findings = (await repo.findingsOf(tx, [id])).filter((f) => f.round === sample.round);
    if (findings.some((f) => f.status === 'proposed'))
      throw new AppError('GATE_BLOCKED', '仍有待确认的复核发现，请先逐条采纳或剔除');
    const batch = found(await repo.findBatch(tx, ctx.actor.regionCode, sample.batchId), '复核批次');
    const now = new Date().toISOString();
    let rectificationIds: number[] = [];
    if (input.decision === 'return') {
      await reopenForReview(tx, ctx, sample.selfEvaluationId, input.comment);
      const serious = findings.filter((f) => f.status === 'accepted' && f.severity !== 'P2');
      const items = (serious.length ? serious : findings.filter((f) => f.status === 'accepted')).map((f) => ({
        year: batch.workYear,
        source: 'selfEvaluationReview' as const,
        sourceEntity: 'reviewSample',
        sourceId: id,
        projectId: sample.projectId,
        unitId: sample.unitId,
        problem: f.evidence || f.suggestion,
        requirement: f.suggestion,
        severity: RECTIFICATION_SEVERITY[f.severity as keyof typeof RECTIFICATION_SEVERITY] ?? 'medium',
        deadline: input.deadline ?? businessDate(now),
      }));
      if (items.length === 0)
        items.push({
          year: batch.workYear,
          source: 'selfEvaluationReview',
          sourceEntity: 'reviewSample',
          sourceId: id,
          projectId: sample.projectId,
          unitId: sample.unitId,
          problem: `自评复核退回：${sample.projectName}`,
          requirement: input.comment,
          severity: 'high',
          deadline: input.deadline ?? businessDate(now),
        });
      rectificationIds = await raiseRectifications(tx, ctx, items);
    } else {
      await approveAfterReview(tx, ctx, sample.selfEvaluationId, input.comment);
    }
    const status = input.decision === 'return' ? 'returned' : 'passed';
    await recordDecision(tx, ctx, sample, { status, comment: input.comment, rectificationIds });
    return { status, rectificationIds };
  });
}

type OpenSample = Awaited<ReturnType<typeof openSample>>;

/** Stores a decision on the sample, closes its inbox tasks and audits it (also used by 批量通过). */
export async function recordDecision(
  tx: Tx,
  ctx: Ctx,
  sample: OpenSample,
  d: { status: 'returned' | 'passed'; comment: string; rectificationIds: number[] },
) {
  const now = new Date().toISOString();
  await tx
    .update(reviewSamples)
    .set({
      status: d.status,
      returnedCount: sample.returnedCount + (d.status === 'returned' ? 1 : 0),
      decisionComment: d.comment || null,
      decidedAt: now,
      decidedBy: ctx.actor.userId,
      version: sample.version + 1,
      updatedAt: now,
    })
    .where(eq(reviewSamples.id, sample.id));
  await closeTasks(tx, { entity: 'reviewSample', entityId: sample.id }, ctx.actor.userId);
  await audit(tx, ctx, {
    entity: 'reviewSample',
    entityId: sample.id,
    action: d.status === 'returned' ? 'return' : 'approve',
    before: { status: sample.status },
    after: { status: d.status, rectificationIds: d.rectificationIds },
    reason: d.comment || null,
  });
}

/** When the unit resubmits a returned form: the sample opens a new round and the checks run again. */
onReviewResubmit(async (tx: Tx, ctx: Ctx, selfEvaluationId: number) => {
  const rows = await tx
    .select()
    .from(reviewSamples)
    .where(and(eq(reviewSamples.selfEvaluationId, selfEvaluationId), eq(reviewSamples.status, 'returned')));
  for (const s of rows) {
    await tx
      .update(reviewSamples)
      .set({ status: 'resubmitted', round: s.round + 1, version: s.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(reviewSamples.id, s.id));
    const batch = await repo.findBatch(tx, s.regionCode, s.batchId);
    await runChecks(tx, s.regionCode, batch?.year ?? 0, [s.id], ctx.actor.userId);
    await openTask(tx, {
      regionCode: s.regionCode,
      kind: 'review.resubmitted',
      title: '退回整改的自评表已重新提交，请复核',
      entity: 'reviewSample',
      entityId: s.id,
      link: `/evaluation/reviews/samples/${s.id}`,
      assigneeUserId: s.reviewerUserId ?? undefined,
      assigneeRole: s.reviewerUserId ? undefined : 'finance',
    });
    await audit(tx, ctx, { entity: 'reviewSample', entityId: s.id, action: 'resubmit', after: { round: s.round + 1 } });
  }
});
