import { eq } from 'drizzle-orm';
import type { CreditLevel, TQualityInput } from '../../../core/contracts/agencies';
import { formatYuan } from '../../../core/money';
import {
  payableFee,
  paymentTermsForScore,
  scoreAgencyQuality,
  validateQualitySheet,
} from '../../../core/rules/key-evaluation/index';
import { agencies, agencyEngagements } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { assertVersion, transition, write } from '../../platform/tx';
import { getRules } from '../rule-sets/service';
import * as repo from './repo';
import { nextCreditLevel } from './rules';

/**
 * Finance scores an engagement with the quality sheet (default or edited): score → payment share and credit
 * effect from the rule table, payable fee computed, the agency's credit level (and suspension) updated.
 */
export async function scoreEngagement(ctx: Ctx, id: number, input: TQualityInput) {
  assertRole(ctx.actor, ['admin', 'finance'], '考评第三方机构');
  return write(ctx, async (tx) => {
    // Locked and read in the transaction: of two concurrent scorings only the first finds the engagement open.
    await repo.lockEngagement(tx, id);
    const [live] = await repo.listEngagements(tx, ctx.actor, [eq(agencyEngagements.id, id)]);
    const r = found(live, '机构委托');
    const e = r.engagement;
    assertVersion(e.version, input.version);
    if (e.status !== 'engaged')
      throw new AppError('INVALID_TRANSITION', e.status === 'scored' ? '该委托已考评' : '该委托已解除');
    if (r.evaluationStage !== 'finalised' && r.evaluationStage !== 'archived')
      throw new AppError('INVALID_TRANSITION', '评价报告审定完成后方可对机构进行考评');
    const rules = await getRules(tx, e.regionCode, e.year, 'keyEvaluation');
    const sheet = input.sheet ?? rules.agency.qualitySheet;
    const issues = validateQualitySheet(sheet);
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', issues.map((i) => i.message).join('；'), { issues });
    const total = scoreAgencyQuality(sheet, input.scores);
    if (!total.ok) throw new AppError('VALIDATION_FAILED', total.message);
    const terms = paymentTermsForScore(total.value, rules);
    const payable = payableFee(e.fee, terms.paymentPercent);
    if (!payable.ok) throw new AppError('VALIDATION_FAILED', payable.message);
    if (r.paid > payable.value)
      throw new AppError(
        'CONFLICT',
        `已支付${formatYuan(r.paid)}元，超过按考评结果应付的${formatYuan(payable.value)}元，请先核对付款记录`,
      );
    const agency = found(await repo.lockAgency(tx, ctx.actor, e.agencyId), '第三方机构');
    const credit = nextCreditLevel(agency.creditLevel as CreditLevel, terms.credit);
    const row = await transition({
      tx,
      table: agencyEngagements,
      id,
      state: agencyEngagements.status,
      from: 'engaged',
      version: e.version,
      set: {
        status: 'scored',
        qualitySheet: sheet,
        qualityScores: input.scores,
        qualityScore: total.value,
        qualityComment: input.comment,
        paymentPercent: terms.paymentPercent,
        creditEffect: terms.credit,
        payable: payable.value,
        scoredAt: new Date().toISOString(),
        scoredBy: ctx.actor.userId,
        updatedAt: new Date().toISOString(),
      },
    });
    const status = terms.suspended ? 'suspended' : agency.status;
    await tx
      .update(agencies)
      .set({
        creditLevel: credit,
        status,
        statusReason: terms.suspended
          ? `${e.year}年考评得分${total.value}分，低于合格线，暂停承接评价业务`
          : agency.statusReason,
        version: agency.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(agencies.id, agency.id));
    await audit(tx, ctx, {
      entity: 'agencyEngagement',
      entityId: id,
      action: 'score',
      before: e,
      after: row,
      reason: input.comment || null,
    });
    await audit(tx, ctx, {
      entity: 'agency',
      entityId: agency.id,
      action: 'credit',
      before: { creditLevel: agency.creditLevel, status: agency.status },
      after: { creditLevel: credit, status, score: total.value },
    });
    return row;
  });
}
