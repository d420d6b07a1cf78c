import { and, eq } from 'drizzle-orm';
import type { SelfEvaluationStatus } from '../../../core/contracts/self-evaluation';
import { selfEvaluationSteps, selfEvaluations } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { closeTasks, openTask } from '../../platform/inbox';
import { write } from '../../platform/tx';
import { emitReviewResubmit } from './events';
import { assertAllowed, type SelfEvaluationAction, TRANSITIONS } from './policy';
import * as repo from './repo';

type Form = typeof selfEvaluations.$inferSelect;

/** Moves a form along the transition table, with step, audit and inbox tasks in one transaction. */
export async function transitionSelfEvaluation(
  ctx: Ctx,
  id: number,
  action: Exclude<SelfEvaluationAction, 'edit'>,
  reason: string,
) {
  return write(ctx, async (tx) => {
    const form = found(await repo.findSelfEvaluation(tx, ctx.actor, id), '自评表').form;
    assertAllowed(ctx.actor, form, action);
    if (action === 'submit') await assertComplete(tx, form);
    if (action.endsWith('Return') && !reason) throw new AppError('VALIDATION_FAILED', '请填写退回意见');
    const to = TRANSITIONS[action].to;
    const after = await applyStatus(tx, ctx, form, action, to, reason);
    if (action === 'submit' && form.reviewReturned) await emitReviewResubmit(tx, ctx, id);
    else await openNextTask(tx, ctx, after);
    return after;
  });
}

async function assertComplete(tx: Tx, form: Form) {
  const rows = await repo.findIndicators(tx, [form.id]);
  const missing = rows.filter((r) => (r.operator === '定性' ? !r.qualitativeLevel : r.actualNumber === null));
  if (missing.length)
    throw new AppError('VALIDATION_FAILED', `请填写实际完成值：${missing.map((r) => r.name).join('、')}`);
  const unclaimed = rows.filter((r) => r.operator === '定性' && r.claimedScore === null);
  if (unclaimed.length)
    throw new AppError(
      'VALIDATION_FAILED',
      `定性指标请在等级区间内填写得分：${unclaimed.map((r) => r.name).join('、')}`,
    );
  if (!form.conclusion.trim()) throw new AppError('VALIDATION_FAILED', '请填写评价结论');
}

/** Writes the new status with its step and audit event (used by the workflow and by the review decisions). */
export async function applyStatus(
  tx: Tx,
  ctx: Ctx,
  form: Form,
  action: string,
  to: SelfEvaluationStatus,
  reason: string,
  extra: Partial<typeof selfEvaluations.$inferInsert> = {},
) {
  const now = new Date().toISOString();
  const [after] = await tx
    .update(selfEvaluations)
    .set({
      status: to,
      returnComment: to === 'returned' ? reason : form.returnComment,
      submittedAt: to === 'submitted' ? now : form.submittedAt,
      approvedAt: to === 'approved' ? now : form.approvedAt,
      version: form.version + 1,
      updatedAt: now,
      ...extra,
    })
    // Guarded on the status and version read in this transaction: a concurrent double step updates nothing.
    .where(
      and(
        eq(selfEvaluations.id, form.id),
        eq(selfEvaluations.status, form.status),
        eq(selfEvaluations.version, form.version),
      ),
    )
    .returning();
  if (!after) throw new AppError('CONFLICT');
  await tx.insert(selfEvaluationSteps).values({
    selfEvaluationId: form.id,
    action,
    fromStatus: form.status,
    toStatus: to,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.displayName,
    reason: reason || null,
  });
  await audit(tx, ctx, {
    entity: 'selfEvaluation',
    entityId: form.id,
    action: to === 'returned' ? 'return' : to === 'approved' ? 'approve' : 'submit',
    before: { status: form.status },
    after: { status: to },
    reason: reason || null,
  });
  await closeTasks(tx, { entity: 'selfEvaluation', entityId: form.id }, ctx.actor.userId);
  return after;
}

async function openNextTask(tx: Tx, ctx: Ctx, form: Form) {
  const base = {
    regionCode: ctx.actor.regionCode,
    entity: 'selfEvaluation',
    entityId: form.id,
    link: `/evaluation/self-evaluations/${form.id}`,
  };
  if (form.status === 'submitted')
    await openTask(tx, {
      ...base,
      kind: 'selfEvaluation.departmentReview',
      title: '审核项目支出绩效自评表',
      assigneeRole: 'department',
      assigneeOrgId: form.departmentId,
    });
  else if (form.status === 'departmentApproved')
    await openTask(tx, {
      ...base,
      kind: 'selfEvaluation.financeReview',
      title: '财政审核绩效自评表',
      assigneeRole: 'finance',
    });
  else if (form.status === 'returned')
    await openTask(tx, {
      ...base,
      kind: 'selfEvaluation.fill',
      title: '绩效自评表被退回，请修改后重新提交',
      assigneeRole: 'unit',
      assigneeOrgId: form.unitId,
      flavor: 'returned',
      note: form.returnComment,
    });
}

/** Review decision “退回整改”: reopens an approved (or resubmitted) form for the unit. */
export async function reopenForReview(tx: Tx, ctx: Ctx, id: number, reason: string) {
  const form = found(await repo.findSelfEvaluation(tx, ctx.actor, id), '自评表').form;
  const after = await applyStatus(tx, ctx, form, 'reviewReturn', 'returned', reason, { reviewReturned: true });
  await openNextTask(tx, ctx, after);
  return after;
}

/** Review decision “通过”: a resubmitted form is approved and locked again. */
export async function approveAfterReview(tx: Tx, ctx: Ctx, id: number, reason: string) {
  const form = found(await repo.findSelfEvaluation(tx, ctx.actor, id), '自评表').form;
  if (form.status === 'approved' && !form.reviewReturned) return form;
  if (form.status === 'returned' || form.status === 'draft')
    throw new AppError('INVALID_TRANSITION', '单位尚未重新提交自评表，不能复核通过');
  return applyStatus(tx, ctx, form, 'reviewPass', 'approved', reason, { reviewReturned: false });
}
