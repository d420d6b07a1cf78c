import { and, eq, max } from 'drizzle-orm';
import type { TTargetListQuery, TTargetSave } from '../../../core/contracts/targets';
import { isQuantitative, parseIndicatorNumber } from '../../../core/rules/indicator';
import { projects, targetIndicators, targets } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { assertVersion, write } from '../../platform/tx';
import { projectScope } from '../projects/repo';
import { findingsFor } from './findings';
import { allowedTargetActions, TARGET_STEPS } from './policy';
import * as repo from './repo';

export const listTargets = (ctx: Ctx, q: TTargetListQuery) => repo.listTargets(ctx.db, ctx.actor, q);

/** Detail: header, project, indicator rows, live findings, versions and allowedActions. */
export async function getTarget(ctx: Ctx, id: number) {
  const row = found(await repo.findTarget(ctx.db, ctx.actor, id), '绩效目标');
  const [indicators, versions] = await Promise.all([
    repo.indicatorsOf(ctx.db, id),
    repo.versionsOf(ctx.db, row.t.projectId),
  ]);
  const isLatest = versions[versions.length - 1]?.id === id;
  const findings = await findingsFor(ctx.db, ctx, row.t, row.project, indicators);
  const lastYearActuals = await repo.lastYearActuals(ctx.db, row.project.previousProjectId);
  return {
    ...row.t,
    project: { ...row.project, unitName: row.unitName, departmentName: row.departmentName },
    indicators,
    findings,
    lastYearActuals,
    versions,
    allowedActions: allowedTargetActions(ctx.actor, row.t.status, isLatest),
  };
}

/** Loads a target for a workflow step, checking scope, latest version and the step table. */
export async function loadForStep(tx: Tx, ctx: Ctx, id: number, step: keyof typeof TARGET_STEPS) {
  const row = found(await repo.findTarget(tx, ctx.actor, id), '绩效目标');
  const s = TARGET_STEPS[step];
  assertRole(ctx.actor, s.roles, '办理该绩效目标');
  if (!(s.from as readonly string[]).includes(row.t.status)) {
    throw new AppError(
      'INVALID_TRANSITION',
      row.t.status === 'approved' ? '绩效目标已批复锁定，如需调整请发起年中调整' : '绩效目标当前状态不能执行此操作',
    );
  }
  const [latest] = await tx
    .select({ v: max(targets.versionNo) })
    .from(targets)
    .where(eq(targets.projectId, row.t.projectId));
  if (latest?.v !== row.t.versionNo) throw new AppError('INVALID_TRANSITION', '只能办理最新版本的绩效目标');
  return row;
}

/** Creates the first target version (draft) of a project that has none. */
export async function createTarget(ctx: Ctx, projectId: number) {
  assertRole(ctx.actor, TARGET_STEPS.edit.roles, '填报绩效目标');
  return write(ctx, async (tx) => {
    const [project] = await tx
      .select()
      .from(projects)
      .where(and(eq(projects.id, projectId), projectScope(ctx.actor)));
    const p = found(project, '项目');
    const existing = await repo.versionsOf(tx, projectId);
    if (existing.length > 0)
      throw new AppError('DUPLICATE', '该项目已填报绩效目标', { targetId: existing[existing.length - 1].id });
    const [row] = await tx
      .insert(targets)
      .values({
        regionCode: p.regionCode,
        projectId,
        year: p.year,
        unitId: p.unitId,
        departmentId: p.departmentId,
        annualGoal: p.description,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await audit(tx, ctx, { entity: 'target', entityId: row.id, action: 'create', after: row });
    return row;
  });
}

/** Replaces goals and indicator rows of a draft/returned target; reviewers' comments stay on kept rows. */
export async function saveTargetContent(tx: Tx, ctx: Ctx, id: number, input: TTargetSave) {
  const row = await loadForStep(tx, ctx, id, 'edit');
  assertVersion(row.t.version, input.version);
  const before = await repo.indicatorsOf(tx, id);
  const comments = new Map(before.map((b) => [b.id, b.reviewComment]));
  await tx.delete(targetIndicators).where(eq(targetIndicators.targetId, id));
  if (input.indicators.length > 0) {
    await tx.insert(targetIndicators).values(
      input.indicators.map(({ id: rowId, ...ind }, sort) => ({
        ...ind,
        regionCode: row.t.regionCode,
        targetId: id,
        sort,
        targetNumber: isQuantitative(ind.operator) ? parseIndicatorNumber(ind.targetValue) : null,
        reviewComment: (rowId && comments.get(rowId)) || null,
      })),
    );
  }
  const [after] = await tx
    .update(targets)
    .set({
      overallGoal: input.overallGoal,
      annualGoal: input.annualGoal,
      version: row.t.version + 1,
      updatedAt: new Date().toISOString(),
    })
    .where(eq(targets.id, id))
    .returning();
  await audit(tx, ctx, {
    entity: 'target',
    entityId: id,
    action: 'update',
    before: { ...row.t, indicators: before },
    after: { ...after, indicators: input.indicators },
  });
  return after;
}

export async function saveTarget(ctx: Ctx, id: number, input: TTargetSave) {
  return write(ctx, (tx) => saveTargetContent(tx, ctx, id, input));
}

registerDocument('target', {
  label: '绩效目标',
  canRead: async (ctx, id) => !!(await repo.findTarget(ctx.db, ctx.actor, id)),
  canAttach: async (ctx, id) => {
    const row = await repo.findTarget(ctx.db, ctx.actor, id);
    return !!row && ctx.actor.role !== 'leader' && ['draft', 'returned'].includes(row.t.status);
  },
});
