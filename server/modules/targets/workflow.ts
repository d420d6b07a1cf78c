import { and, eq, ne } from 'drizzle-orm';
import type { TTargetReview } from '../../../core/contracts/targets';
import { targetIndicators, targets } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { closeTasks, type OpenTaskKind, openTask } from '../../platform/inbox';
import { write } from '../../platform/tx';
import { assertSubmittable, findingsFor } from './findings';
import * as repo from './repo';
import { loadForStep } from './service';

const now = () => new Date().toISOString();
type Loaded = Awaited<ReturnType<typeof loadForStep>>;

async function setStatus(tx: Tx, row: Loaded, patch: Partial<typeof targets.$inferInsert>) {
  const [after] = await tx
    .update(targets)
    .set({ ...patch, version: row.t.version + 1, updatedAt: now() })
    // Guarded on the status and version read in this transaction: a concurrent double step updates nothing.
    .where(and(eq(targets.id, row.t.id), eq(targets.status, row.t.status), eq(targets.version, row.t.version)))
    .returning();
  if (!after) throw new AppError('CONFLICT');
  return after;
}

function task(row: Loaded, kind: OpenTaskKind, title: string) {
  return {
    regionCode: row.t.regionCode,
    kind,
    title: `${title}：${row.project.name}`,
    entity: 'target',
    entityId: row.t.id,
    link: `/targets/${row.t.id}`,
  };
}

/** Unit submits: every check of severity error must pass; the department gets a review task. */
export async function submitTarget(ctx: Ctx, id: number) {
  return write(ctx, async (tx) => {
    const row = await loadForStep(tx, ctx, id, 'submit');
    const indicators = await repo.indicatorsOf(tx, id);
    if (!row.t.annualGoal.trim()) throw new AppError('VALIDATION_FAILED', '请填写年度绩效目标');
    if (indicators.length === 0) throw new AppError('VALIDATION_FAILED', '请至少填写一条绩效指标');
    assertSubmittable(await findingsFor(tx, ctx, row.t, row.project, indicators));
    const after = await setStatus(tx, row, { status: 'submitted', submittedAt: now(), returnComment: null });
    await closeTasks(tx, { entity: 'target', entityId: id }, ctx.actor.userId);
    await openTask(tx, {
      ...task(row, 'targetDepartmentReview', '审核绩效目标'),
      assigneeRole: 'department',
      assigneeOrgId: row.t.departmentId,
    });
    await audit(tx, ctx, { entity: 'target', entityId: id, action: 'submit', before: row.t, after });
    return after;
  });
}

/** Department (submitted) or finance (departmentApproved) approves or returns with per-indicator comments. */
export async function reviewTarget(ctx: Ctx, id: number, input: TTargetReview) {
  return write(ctx, async (tx) => {
    const current = found(await repo.findTarget(tx, ctx.actor, id), '绩效目标');
    // A department reviewing again after its own approval is a repeated step (409), not a role error.
    const departmentStep = current.t.status === 'submitted' || ctx.actor.role === 'department';
    const row = await loadForStep(tx, ctx, id, departmentStep ? 'departmentReview' : 'financeReview');
    const indicators = await repo.indicatorsOf(tx, id);
    const ids = new Set(indicators.map((i) => i.id));
    const unknown = input.indicatorComments.find((c) => !ids.has(c.indicatorId));
    if (unknown) throw new AppError('VALIDATION_FAILED', '审核意见对应的指标不属于该绩效目标');
    await closeTasks(tx, { entity: 'target', entityId: id }, ctx.actor.userId);
    if (input.decision === 'return') {
      if (!input.comment && input.indicatorComments.length === 0)
        throw new AppError('VALIDATION_FAILED', '退回时请填写退回意见');
      await tx.update(targetIndicators).set({ reviewComment: null }).where(eq(targetIndicators.targetId, id));
      for (const c of input.indicatorComments) {
        await tx
          .update(targetIndicators)
          .set({ reviewComment: c.comment })
          .where(eq(targetIndicators.id, c.indicatorId));
      }
      const comment = input.comment || '请按逐项审核意见修改后重新提交';
      const after = await setStatus(tx, row, { status: 'returned', returnComment: comment });
      await openTask(tx, {
        ...task(row, 'targetRevise', '修改退回的绩效目标'),
        assigneeRole: 'unit',
        assigneeOrgId: row.t.unitId,
        flavor: 'returned',
        note: comment,
      });
      await audit(tx, ctx, {
        entity: 'target',
        entityId: id,
        action: 'return',
        before: row.t,
        after: { ...after, indicatorComments: input.indicatorComments },
        reason: comment,
      });
      return after;
    }
    if (row.t.status === 'submitted') {
      const after = await setStatus(tx, row, { status: 'departmentApproved' });
      await openTask(tx, { ...task(row, 'targetFinanceReview', '审核绩效目标'), assigneeRole: 'finance' });
      await audit(tx, ctx, {
        entity: 'target',
        entityId: id,
        action: 'approve',
        before: row.t,
        after,
        reason: input.comment || '主管部门审核通过',
      });
      return after;
    }
    await tx.update(targetIndicators).set({ reviewComment: null }).where(eq(targetIndicators.targetId, id));
    // An approved adjustment becomes the current version; the previous one is kept for history.
    await tx
      .update(targets)
      .set({ isCurrent: false })
      .where(and(eq(targets.projectId, row.t.projectId), ne(targets.id, id)));
    const after = await setStatus(tx, row, {
      status: 'approved',
      approvedAt: now(),
      isCurrent: true,
      returnComment: null,
    });
    await audit(tx, ctx, {
      entity: 'target',
      entityId: id,
      action: 'approve',
      before: row.t,
      after,
      reason: input.comment || '财政审核通过',
    });
    return after;
  });
}

/** Mid-year adjustment: copies the approved version into a new draft version with the reason; old one stays current until approval. */
export async function adjustTarget(ctx: Ctx, id: number, reason: string) {
  return write(ctx, (tx) => startAdjustment(tx, ctx, id, reason));
}

/**
 * Starts the mid-year adjustment of a project's current approved target inside the caller's transaction
 * (monitoring disposal "调整绩效目标") and gives the unit a to-do to revise it. Service entry for other modules.
 */
export async function adjustProjectTarget(tx: Tx, ctx: Ctx, projectId: number, reason: string) {
  const [current] = await tx
    .select({ id: targets.id })
    .from(targets)
    .where(and(eq(targets.projectId, projectId), eq(targets.isCurrent, true)));
  if (!current) throw new AppError('INVALID_TRANSITION', '该项目没有已批复的绩效目标，无法调整');
  const next = await startAdjustment(tx, ctx, current.id, reason);
  await openTask(tx, {
    regionCode: next.regionCode,
    kind: 'targetAdjust',
    title: `调整绩效目标（第 ${next.versionNo} 版）`,
    entity: 'target',
    entityId: next.id,
    link: `/targets/${next.id}`,
    assigneeRole: 'unit',
    assigneeOrgId: next.unitId,
  });
  return next;
}

async function startAdjustment(tx: Tx, ctx: Ctx, id: number, reason: string) {
  const row = await loadForStep(tx, ctx, id, 'adjust');
  const indicators = await repo.indicatorsOf(tx, id);
  const { id: _i, createdAt: _c, updatedAt: _u, version: _v, ...copy } = row.t;
  const [next] = await tx
    .insert(targets)
    .values({
      ...copy,
      versionNo: row.t.versionNo + 1,
      isCurrent: false,
      status: 'draft',
      adjustReason: reason,
      submittedAt: null,
      approvedAt: null,
      returnComment: null,
      createdBy: ctx.actor.userId,
    })
    .returning();
  if (indicators.length > 0) {
    await tx
      .insert(targetIndicators)
      .values(indicators.map(({ id: _id, ...ind }) => ({ ...ind, targetId: next.id, reviewComment: null })));
  }
  await audit(tx, ctx, { entity: 'target', entityId: next.id, action: 'adjust', before: row.t, after: next, reason });
  await audit(tx, ctx, {
    entity: 'target',
    entityId: id,
    action: 'adjust',
    after: { newVersionId: next.id },
    reason,
  });
  return next;
}
