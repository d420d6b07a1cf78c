import { eq } from 'drizzle-orm';
import { inScope } from '../../../core/access';
import type { TProjectInput, TProjectListQuery } from '../../../core/contracts/projects';
import { projectSteps, projects } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { assertVersion, write } from '../../platform/tx';
import { activePaymentHold } from '../monitoring/payment-holds';
import { allowedProjectActions, PROJECT_EDITORS } from './policy';
import { assertField, budgetUnit } from './refs';
import * as repo from './repo';

export const listProjects = (ctx: Ctx, q: TProjectListQuery) => repo.listProjects(ctx.db, ctx.actor, q);

/** Project detail with its status steps and the actions the caller may take. */
export async function getProject(ctx: Ctx, id: number) {
  const { steps, ...row } = found(await repo.projectDetail(ctx.db, ctx.actor, id), '项目');
  const paymentHold = await activePaymentHold(ctx.db, ctx.actor.regionCode, id);
  return {
    ...row.p,
    unitName: row.unitName,
    departmentName: row.departmentName,
    steps,
    paymentHold,
    allowedActions: allowedProjectActions(ctx.actor, row.p.status),
  };
}

/** The unit a declaration belongs to: a unit user declares for itself; others name an in-scope unit. */
async function resolveUnit(ctx: Ctx, tx: Tx, unitId: number | undefined) {
  const id = ctx.actor.role === 'unit' ? ctx.actor.unitId : unitId;
  if (!id) throw new AppError('VALIDATION_FAILED', '请选择预算单位');
  const u = await budgetUnit(tx, ctx.actor.regionCode, id);
  if (!inScope(ctx.actor, { regionCode: ctx.actor.regionCode, departmentId: u.departmentId, unitId: u.id })) {
    throw new AppError('FORBIDDEN', '不能为本单位（部门）以外的预算单位申报项目');
  }
  return u;
}

export async function recordStep(
  tx: Tx,
  ctx: Ctx,
  projectId: number,
  from: string | null,
  to: string,
  reason?: string | null,
) {
  await tx.insert(projectSteps).values({
    projectId,
    fromStatus: from,
    toStatus: to,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.displayName,
    reason: reason ?? null,
  });
}

export async function createProject(ctx: Ctx, input: TProjectInput) {
  assertRole(ctx.actor, PROJECT_EDITORS, '申报项目');
  return write(ctx, async (tx) => {
    const u = await resolveUnit(ctx, tx, input.unitId);
    await assertField(tx, ctx.actor.regionCode, input.fieldCode);
    const code = input.code ?? (await repo.nextCode(tx, ctx.actor.regionCode, input.year, u.code));
    if (await repo.codeTaken(tx, ctx.actor.regionCode, input.year, code)) {
      throw new AppError('DUPLICATE', `${input.year}年度已存在项目编码“${code}”`);
    }
    const { unitId: _u, code: _c, ...rest } = input;
    const [row] = await tx
      .insert(projects)
      .values({
        ...rest,
        code,
        regionCode: ctx.actor.regionCode,
        unitId: u.id,
        departmentId: u.departmentId,
        createdBy: ctx.actor.userId,
        status: 'draft',
      })
      .returning();
    await recordStep(tx, ctx, row.id, null, 'draft', '新建项目');
    await audit(tx, ctx, { entity: 'project', entityId: row.id, action: 'create', after: row });
    return row;
  });
}

export async function updateProject(ctx: Ctx, id: number, input: TProjectInput & { version: number }) {
  assertRole(ctx.actor, PROJECT_EDITORS, '修改项目');
  return write(ctx, async (tx) => {
    const before = found(await repo.findProject(tx, ctx.actor, id), '项目').p;
    assertVersion(before.version, input.version);
    if (before.status !== 'draft') throw new AppError('INVALID_TRANSITION', '只有草稿状态的项目可以修改');
    const u = await resolveUnit(ctx, tx, input.unitId ?? before.unitId);
    await assertField(tx, ctx.actor.regionCode, input.fieldCode);
    const code = input.code ?? before.code;
    if (await repo.codeTaken(tx, ctx.actor.regionCode, input.year, code, id)) {
      throw new AppError('DUPLICATE', `${input.year}年度已存在项目编码“${code}”`);
    }
    const { unitId: _u, code: _c, version: _v, ...rest } = input;
    const [after] = await tx
      .update(projects)
      .set({
        ...rest,
        code,
        unitId: u.id,
        departmentId: u.departmentId,
        version: before.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(projects.id, id))
      .returning();
    await audit(tx, ctx, { entity: 'project', entityId: id, action: 'update', before, after });
    return after;
  });
}

registerDocument('project', {
  label: '项目',
  canRead: async (ctx, id) => !!(await repo.findProject(ctx.db, ctx.actor, id)),
  canAttach: async (ctx, id) => {
    const row = await repo.findProject(ctx.db, ctx.actor, id);
    return !!row && ctx.actor.role !== 'leader' && ['draft', 'pendingAssessment'].includes(row.p.status);
  },
});
