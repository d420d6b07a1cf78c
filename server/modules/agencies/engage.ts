import { eq } from 'drizzle-orm';
import type { TEngagementInput } from '../../../core/contracts/agencies';
import { agencyEngagements } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { transition, write } from '../../platform/tx';
import { lockEvaluationInRegion } from '../key-evaluations/service';
import * as repo from './repo';
import { hasConflict } from './rules';

const ENGAGEABLE_STAGES = ['planned', 'notice', 'workPlan'];

/**
 * Engages an agency for a key evaluation: the agency must be active, free of conflicts of interest with the
 * evaluated unit that year, and the evaluation must have no live engagement yet.
 */
export async function engageAgency(ctx: Ctx, input: TEngagementInput) {
  assertRole(ctx.actor, ['admin', 'finance'], '委托第三方机构');
  if (input.stages.length > 0) {
    const sum = input.stages.reduce((acc, s) => acc + Math.round(s.percent * 100), 0);
    if (sum !== 10_000) throw new AppError('VALIDATION_FAILED', `付款阶段比例合计应为100%，当前为${sum / 100}%`);
  }
  return write(ctx, async (tx) => {
    // The evaluation row is locked, so of two concurrent engagements the second sees the first (DUPLICATE).
    const evaluation = found(await lockEvaluationInRegion(tx, ctx.actor.regionCode, input.evaluationId), '重点评价');
    const agency = found(await repo.findAgency(tx, ctx.actor, input.agencyId), '第三方机构');
    if (agency.status !== 'active') {
      const why = agency.status === 'suspended' ? '已被暂停承接评价业务' : '已移出机构库';
      throw new AppError(
        'GATE_BLOCKED',
        `“${agency.name}”${why}，不能委托${agency.statusReason ? `（${agency.statusReason}）` : ''}`,
      );
    }
    if (evaluation.teamMode !== 'agency')
      throw new AppError('VALIDATION_FAILED', '该评价由财政评价组实施，无需委托第三方机构');
    if (!ENGAGEABLE_STAGES.includes(evaluation.stage))
      throw new AppError('INVALID_TRANSITION', '评价已进入现场评价阶段，不能再变更受托机构');
    if (await repo.liveEngagementFor(tx, evaluation.id))
      throw new AppError('DUPLICATE', '该评价已委托第三方机构，如需更换请先解除原委托');
    const served = await repo.servicesInYear(tx, agency.id, evaluation.year);
    const conflict = served.find((s) => hasConflict(evaluation, s));
    if (conflict)
      throw new AppError(
        'CONFLICT',
        `利益冲突：${agency.name}${evaluation.year}年曾为“${conflict.name}”提供${conflict.role}服务，不能承担对其的评价`,
        {
          served: conflict,
        },
      );
    const [row] = await tx
      .insert(agencyEngagements)
      .values({ ...input, regionCode: ctx.actor.regionCode, year: evaluation.year, createdBy: ctx.actor.userId })
      .returning();
    await audit(tx, ctx, { entity: 'agencyEngagement', entityId: row.id, action: 'create', after: row });
    await audit(tx, ctx, {
      entity: 'keyEvaluation',
      entityId: evaluation.id,
      action: 'engage',
      after: { agencyId: agency.id, agencyName: agency.name, fee: row.fee },
    });
    return row;
  });
}

/** Ends an engagement before field work (e.g. to switch agencies); nothing paid may exist. */
export async function cancelEngagement(ctx: Ctx, id: number, reason: string) {
  assertRole(ctx.actor, ['admin', 'finance'], '解除机构委托');
  return write(ctx, async (tx) => {
    await repo.lockEngagement(tx, id);
    const [live] = await repo.listEngagements(tx, ctx.actor, [eq(agencyEngagements.id, id)]);
    const e = found(live, '机构委托');
    if (e.engagement.status !== 'engaged') throw new AppError('INVALID_TRANSITION', '该委托已考评或已解除');
    if (!ENGAGEABLE_STAGES.includes(e.evaluationStage))
      throw new AppError('INVALID_TRANSITION', '评价已进入现场评价阶段，不能解除委托');
    if (e.paid > 0) throw new AppError('INVALID_TRANSITION', '该委托已有付款记录，不能解除');
    const row = await transition({
      tx,
      table: agencyEngagements,
      id,
      state: agencyEngagements.status,
      from: 'engaged',
      version: e.engagement.version,
      set: { status: 'cancelled', updatedAt: new Date().toISOString() },
    });
    await audit(tx, ctx, {
      entity: 'agencyEngagement',
      entityId: id,
      action: 'cancel',
      before: e.engagement,
      after: row,
      reason,
    });
    return row;
  });
}
