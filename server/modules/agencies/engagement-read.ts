import { eq, type SQL } from 'drizzle-orm';
import type { ZEngagementListQuery, ZPaymentInput } from '../../../core/contracts/agencies';
import { formatYuan } from '../../../core/money';
import { payableFee, validatePayment } from '../../../core/rules/key-evaluation/index';
import type { z } from '../../../core/zod';
import { agencyEngagements, agencyPayments } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import { getRules } from '../rule-sets/service';
import * as repo from './repo';

export async function listEngagements(ctx: Ctx, q: z.infer<typeof ZEngagementListQuery>) {
  const filters: SQL[] = [];
  if (q.year) filters.push(eq(agencyEngagements.year, q.year));
  if (q.agencyId) filters.push(eq(agencyEngagements.agencyId, q.agencyId));
  const rows = await repo.listEngagements(ctx.db, ctx.actor, filters);
  return rows.map((r) => ({
    ...r.engagement,
    agencyName: r.agencyName,
    evaluationName: r.evaluationName,
    evaluationStage: r.evaluationStage,
    paid: r.paid,
  }));
}

/** Before quality scoring, payments are capped at the lowest share any score can earn, so none is ever overpaid. */
async function preScoringCap(db: DbOrTx, regionCode: string, year: number, fee: number) {
  const rules = await getRules(db, regionCode, year, 'keyEvaluation');
  const lowest = Math.min(...rules.agency.paymentBands.map((b) => b.paymentPercent));
  const cap = payableFee(fee, Number.isFinite(lowest) ? lowest : 100);
  return { cap: cap.ok ? cap.value : 0, percent: lowest };
}

async function load(db: DbOrTx, ctx: Ctx, id: number) {
  const [row] = await repo.listEngagements(db, ctx.actor, [eq(agencyEngagements.id, id)]);
  return found(row, '机构委托');
}

/** Engagement detail with the quality sheet (scored or default), payments, payable and remaining amounts. */
export async function getEngagement(ctx: Ctx, id: number) {
  const r = await load(ctx.db, ctx, id);
  const e = r.engagement;
  const rules = await getRules(ctx.db, e.regionCode, e.year, 'keyEvaluation');
  const payments = await repo.listPayments(ctx.db, id);
  const pre = await preScoringCap(ctx.db, e.regionCode, e.year, e.fee);
  const cap = e.payable ?? pre.cap;
  const isFinance = ctx.actor.role === 'finance' || ctx.actor.role === 'admin';
  const finished = r.evaluationStage === 'finalised' || r.evaluationStage === 'archived';
  const actions: string[] = [];
  if (isFinance && e.status === 'engaged' && finished) actions.push('score');
  if (isFinance && e.status !== 'cancelled' && r.paid < cap) actions.push('pay');
  if (
    isFinance &&
    e.status === 'engaged' &&
    r.paid === 0 &&
    ['planned', 'notice', 'workPlan'].includes(r.evaluationStage)
  )
    actions.push('cancel');
  return {
    ...e,
    agencyName: r.agencyName,
    evaluationName: r.evaluationName,
    evaluationStage: r.evaluationStage,
    sheet: e.qualitySheet ?? rules.agency.qualitySheet,
    paymentBands: rules.agency.paymentBands,
    payments,
    paid: r.paid,
    payCap: cap,
    preScoringPercent: pre.percent,
    remaining: cap - r.paid,
    allowedActions: actions,
  };
}

/**
 * Records a fee payment: never above the payable after scoring (or the pre-scoring cap before it). The engagement
 * is locked and the amount paid so far read inside the transaction, so concurrent payments cannot overshoot.
 */
export async function addPayment(ctx: Ctx, id: number, input: z.infer<typeof ZPaymentInput>) {
  assertRole(ctx.actor, ['admin', 'finance'], '登记机构费用支付');
  return write(ctx, async (tx) => {
    await repo.lockEngagement(tx, id);
    const r = await load(tx, ctx, id);
    const e = r.engagement;
    if (e.status === 'cancelled') throw new AppError('INVALID_TRANSITION', '该委托已解除，不能支付');
    if (e.payable === null) {
      const pre = await preScoringCap(tx, e.regionCode, e.year, e.fee);
      if (input.amount <= 0) throw new AppError('VALIDATION_FAILED', '支付金额必须大于0');
      if (r.paid + input.amount > pre.cap)
        throw new AppError(
          'VALIDATION_FAILED',
          `机构考评前累计支付不得超过合同金额的${pre.percent}%（${formatYuan(pre.cap)}元），本次支付后将达${formatYuan(r.paid + input.amount)}元`,
        );
    } else {
      const check = validatePayment({ fee: e.fee, payable: e.payable, paidSoFar: r.paid, amount: input.amount });
      if (!check.ok) throw new AppError('VALIDATION_FAILED', check.message, { rule: check.code });
    }
    const [row] = await tx
      .insert(agencyPayments)
      .values({
        engagementId: id,
        amount: input.amount,
        paidOn: input.paidOn,
        note: input.note,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await audit(tx, ctx, { entity: 'agencyEngagement', entityId: id, action: 'pay', after: row });
    return row;
  });
}
