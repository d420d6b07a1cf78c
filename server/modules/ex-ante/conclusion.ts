import { and, eq, sql } from 'drizzle-orm';
import type { TConcludeInput } from '../../../core/contracts/ex-ante';
import { formatWanLabel } from '../../../core/money';
import { validateConclusion } from '../../../core/rules/ex-ante/conclusion';
import { computeCut } from '../../../core/rules/ex-ante/cut';
import { scorePanel } from '../../../core/rules/ex-ante/panel-score';
import type { ScoringTemplate } from '../../../core/rules/ex-ante/template-types';
import { projectSteps, projects } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, found } from '../../platform/errors';
import { checkProjectGates } from '../../platform/gates';
import { closeTasks } from '../../platform/inbox';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import { getRules } from '../rule-sets/service';
import { ENTITY, loadForWrite } from './application';
import * as repo from './repo';

/** Finance records the conclusion once every expert has submitted: band or override, recommended amount, cut. */
export async function concludeAssessment(ctx: Ctx, id: number, input: TConcludeInput) {
  assertRole(ctx.actor, ['finance', 'admin'], '出具评估结论');
  return write(ctx, async (tx) => {
    const before = await loadForWrite(tx, ctx, id, ['scoring'], '出具评估结论');
    const seats = await repo.panel(tx, id);
    const open = seats.filter((s) => s.status !== 'submitted');
    if (open.length > 0) {
      throw new AppError(
        'INVALID_TRANSITION',
        `尚有${open.length}位专家未提交评分（${open.map((s) => s.expertName).join('、')}），不能出具结论`,
      );
    }
    const rules = await getRules(tx, before.regionCode, before.year, 'exAnte');
    const panel = scorePanel(
      before.template as ScoringTemplate,
      seats.map((s) => ({ expertId: String(s.expertId), scores: s.scores })),
      rules,
    );
    if (!panel.ok) throw new AppError('VALIDATION_FAILED', panel.message, { rule: panel.code });
    const checked = validateConclusion(
      { score: panel.value.score, conclusion: input.conclusion, overrideReason: input.overrideReason },
      rules,
    );
    if (!checked.ok) throw new AppError('VALIDATION_FAILED', checked.message, { rule: checked.code });
    const cut = computeCut({ requested: before.requestedAmount, recommended: input.recommendedAmount });
    if (!cut.ok) throw new AppError('VALIDATION_FAILED', cut.message, { rule: cut.code });
    if (input.conclusion === 'reject' && input.recommendedAmount !== 0) {
      throw new AppError('VALIDATION_FAILED', '结论为不予支持时，建议安排金额应为0', { rule: 'REJECT_WITH_AMOUNT' });
    }
    const row = await repo.transitionAssessment(tx, before, {
      status: 'concluded',
      panelScore: panel.value.score,
      bandConclusion: checked.value.bandConclusion,
      conclusion: input.conclusion,
      overrideReason: checked.value.overridden ? (input.overrideReason ?? null) : null,
      recommendedAmount: input.recommendedAmount,
      opinion: input.opinion,
      concludedAt: new Date().toISOString(),
      concludedBy: ctx.actor.userId,
    });
    await closeTasks(tx, { entity: ENTITY, entityId: id }, ctx.actor.userId);
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: 'conclude',
      before: { status: before.status },
      after: {
        score: panel.value.score,
        conclusion: input.conclusion,
        recommended: input.recommendedAmount,
        cut: cut.value,
      },
      reason: input.overrideReason ?? null,
    });
    return { ...row, cutAmount: cut.value };
  });
}

const BEFORE_LIBRARY = ['draft', 'pendingAssessment'];

/**
 * 按评估结论入库: a project still before the library enters it with its budget set to `amount` (default: the
 * recommended amount), through the project gates, so this path cannot bypass the ex-ante gate either. Once the
 * project is in the library its budget is the library's to change (a replay or double click here is refused).
 */
export async function enterLibrary(ctx: Ctx, id: number, amount?: number) {
  assertRole(ctx.actor, ['finance', 'admin'], '项目入库');
  return write(ctx, async (tx) => {
    const a = await loadForWrite(tx, ctx, id, ['concluded'], '入库');
    const project = found(await repo.findProject(tx, ctx.actor.regionCode, a.projectId), '项目');
    if (!BEFORE_LIBRARY.includes(project.status)) throw new AppError('INVALID_TRANSITION', '该项目已入库');
    const budget = amount ?? a.recommendedAmount ?? 0;
    if (!Number.isSafeInteger(budget) || budget < 0) throw new AppError('VALIDATION_FAILED', '安排金额不能为负数');
    await checkProjectGates(tx, ctx, { projectId: project.id, action: 'enterLibrary' });
    await checkProjectGates(tx, ctx, { projectId: project.id, action: 'budget', amount: budget });
    const status = 'inLibrary';
    const [after] = await tx
      .update(projects)
      .set({
        status,
        approvedAmount: budget,
        adjustedAmount: budget,
        version: sql`${projects.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(projects.id, project.id), eq(projects.status, project.status)))
      .returning();
    if (!after) throw new AppError('CONFLICT', '项目状态已变化，请刷新后重试');
    await tx.insert(projectSteps).values({
      projectId: project.id,
      fromStatus: project.status,
      toStatus: status,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      reason: '事前绩效评估通过，按建议安排金额入库',
    });
    await audit(tx, ctx, {
      entity: 'project',
      entityId: project.id,
      action: 'enterLibrary',
      before: { status: project.status, approvedAmount: project.approvedAmount },
      after: { status, approvedAmount: budget },
      reason: `依据事前绩效评估结论入库，安排金额${formatWanLabel(budget)}`,
    });
    return after;
  });
}
