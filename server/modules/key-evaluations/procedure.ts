import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import { businessDate } from '../../../core/business-time';
import {
  KEY_EVALUATION_ACTION_LABELS,
  type KeyEvaluationStage,
  type ZTransitionInput,
} from '../../../core/contracts/key-evaluations';
import type { z } from '../../../core/zod';
import { keyEvaluationFindings, keyEvaluationSteps, keyEvaluations } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { closeTasks, openTask } from '../../platform/inbox';
import { transition as applyTransition, assertVersion, write } from '../../platform/tx';
import { activeEngagementOf } from '../agencies/access';
import { raiseRectifications } from '../rectification/raise';
import { loadForActor, stageLabel } from './access';
import { performs, TRANSITIONS } from './policy';
import type * as repo from './repo';
import { computeTotal } from './scoring';

const ENTITY = 'keyEvaluation';

/** Moves an evaluation one step along the procedure (transition table in policy.ts), in one audited transaction. */
export async function transition(ctx: Ctx, id: number, input: z.infer<typeof ZTransitionInput>) {
  const t = TRANSITIONS[input.action];
  const label = KEY_EVALUATION_ACTION_LABELS[input.action];
  return write(ctx, async (tx) => {
    // Read, check and update in one transaction; the update is guarded on the stage and version read here.
    const { row, rel } = await loadForActor(tx, ctx.actor, id);
    if (!performs(t.by, rel)) throw new AppError('FORBIDDEN', `当前角色无权${label}`);
    if (!t.from.includes(row.stage as KeyEvaluationStage))
      throw new AppError('INVALID_TRANSITION', `评价当前处于“${stageLabel(row.stage)}”阶段，不能${label}`);
    assertVersion(row.version, input.version);
    if (t.reasonRequired && !input.reason) throw new AppError('VALIDATION_FAILED', `${label}须填写理由`);
    const live = await activeEngagementOf(tx, id);
    if (input.action === 'issueNotice' && row.teamMode === 'agency' && !live)
      throw new AppError('GATE_BLOCKED', '该评价委托第三方机构实施，请先确定受托机构再下达评价通知');
    const set: Partial<typeof keyEvaluations.$inferInsert> = { stage: t.to, updatedAt: new Date().toISOString() };
    if (input.action === 'submitPreliminary' || input.action === 'finalise') {
      const score = await computeTotal(tx, row);
      Object.assign(set, { totalScore: score.total, grade: score.grade, byLevel1: score.byLevel1 });
    }
    if (input.action === 'submitReport' && !row.conclusion.trim())
      throw new AppError('VALIDATION_FAILED', '请先填写评价结论（综合评价情况及结论）再提交报告');
    if (input.action === 'return') set.returnComment = input.reason ?? null;
    if (input.action === 'finalise') set.finalisedAt = new Date().toISOString();
    const updated = await applyTransition({
      tx,
      table: keyEvaluations,
      id,
      state: keyEvaluations.stage,
      from: row.stage,
      version: row.version,
      set,
    });
    for (const [i, step] of (t.completes ?? []).entries()) {
      const last = i === (t.completes?.length ?? 0) - 1;
      await tx
        .update(keyEvaluationSteps)
        .set({
          doneOn: businessDate(),
          deliverable: last ? input.deliverable : '',
          actorId: ctx.actor.userId,
          actorName: ctx.actor.displayName,
        })
        .where(and(eq(keyEvaluationSteps.evaluationId, id), eq(keyEvaluationSteps.step, step)));
    }
    if (input.action === 'return') {
      await tx
        .update(keyEvaluationSteps)
        .set({ doneOn: null })
        .where(and(eq(keyEvaluationSteps.evaluationId, id), inArray(keyEvaluationSteps.step, ['exchange', 'final'])));
    }
    await routeTasks(tx, ctx.actor, updated, input.action, live?.agency.orgId ?? null);
    if (input.action === 'finalise') await raiseFindings(tx, ctx, updated);
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: input.action,
      before: { stage: row.stage },
      after: { stage: t.to, totalScore: updated.totalScore, grade: updated.grade, deliverable: input.deliverable },
      reason: input.reason ?? null,
    });
    return updated;
  });
}

/** Inbox: the evaluated unit responds, finance reviews, the evaluator reworks a returned report. */
async function routeTasks(tx: Tx, actor: Actor, row: repo.EvaluationRow, action: string, agencyOrgId: number | null) {
  const base = { regionCode: row.regionCode, entity: ENTITY, entityId: row.id, link: `/key-evaluations/${row.id}` };
  const evaluator =
    row.teamMode === 'agency' && agencyOrgId
      ? { assigneeRole: 'agency' as const, assigneeOrgId: agencyOrgId }
      : { assigneeRole: 'finance' as const };
  if (action === 'issueNotice')
    await openTask(tx, { ...base, ...evaluator, kind: 'keyEvaluation.work', title: `开展重点评价：${row.name}` });
  if (action === 'requestViews') {
    const unitSide = row.unitId
      ? { assigneeRole: 'unit' as const, assigneeOrgId: row.unitId }
      : { assigneeRole: 'department' as const, assigneeOrgId: row.departmentId };
    await openTask(tx, {
      ...base,
      ...unitSide,
      kind: 'keyEvaluation.respond',
      title: `反馈重点评价初步结论意见：${row.name}`,
    });
  }
  if (action === 'submitReport') {
    await closeTasks(tx, { entity: ENTITY, entityId: row.id, kind: 'keyEvaluation.respond' }, actor.userId);
    await closeTasks(tx, { entity: ENTITY, entityId: row.id, kind: 'keyEvaluation.work' }, actor.userId);
    await openTask(tx, {
      ...base,
      assigneeRole: 'finance',
      kind: 'keyEvaluation.review',
      title: `审核重点评价报告：${row.name}`,
    });
  }
  if (action === 'return') {
    await closeTasks(tx, { entity: ENTITY, entityId: row.id, kind: 'keyEvaluation.review' }, actor.userId);
    await openTask(tx, {
      ...base,
      ...evaluator,
      kind: 'keyEvaluation.work',
      flavor: 'returned',
      title: `评价报告被退回：${row.name}`,
      note: row.returnComment,
    });
  }
  if (action === 'finalise' || action === 'cancel')
    await closeTasks(tx, { entity: ENTITY, entityId: row.id }, actor.userId);
}

/** Findings not yet on the rectification list become rectification items of the evaluated unit. */
async function raiseFindings(tx: Tx, ctx: Ctx, row: repo.EvaluationRow) {
  const open = await tx
    .select()
    .from(keyEvaluationFindings)
    .where(and(eq(keyEvaluationFindings.evaluationId, row.id), isNull(keyEvaluationFindings.rectificationId)));
  const ids = await raiseRectifications(
    tx,
    ctx,
    open.map((f) => ({
      year: row.year,
      source: 'keyEvaluation' as const,
      sourceEntity: ENTITY,
      sourceId: row.id,
      projectId: row.projectId,
      unitId: f.unitId,
      problem: f.problem,
      requirement: f.requirement,
      severity: f.severity as 'high' | 'medium' | 'low',
      deadline: f.deadline,
    })),
  );
  for (const [i, f] of open.entries()) {
    await tx.update(keyEvaluationFindings).set({ rectificationId: ids[i] }).where(eq(keyEvaluationFindings.id, f.id));
  }
}
