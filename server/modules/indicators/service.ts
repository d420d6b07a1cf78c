import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import type { TIndicatorInput, TIndicatorListQuery } from '../../../core/contracts/indicators';
import { isLevel2Allowed, isQuantitative } from '../../../core/rules/indicator';
import { libraryIndicators } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { assertVersion, write } from '../../platform/tx';
import { assertField } from '../projects/refs';
import * as repo from './repo';

/** Units see enabled indicators; departments also their own proposals; finance/admin/leader everything. */
export function visibility(actor: Actor): repo.Visibility {
  if (['finance', 'admin', 'leader'].includes(actor.role)) return { statuses: null, ownOrgId: null };
  if (actor.role === 'department') return { statuses: ['enabled'], ownOrgId: actor.departmentId };
  return { statuses: ['enabled'], ownOrgId: null };
}

export async function listIndicators(ctx: Ctx, q: TIndicatorListQuery) {
  const v = visibility(ctx.actor);
  const { page, pageSize, ...filters } = q;
  return repo.listIndicators(ctx.db, {
    regionCode: ctx.actor.regionCode,
    where: repo.listWhere(ctx.actor.regionCode, q, v),
    commonWhere: q.q ? repo.listWhere(ctx.actor.regionCode, q, v, false) : null,
    totalsKey: JSON.stringify([v, Object.entries(filters).sort(([a], [b]) => a.localeCompare(b))]),
    page,
    pageSize,
  });
}

function allowedActions(actor: Actor, row: { status: string; proposedByOrgId: number | null }) {
  const finance = ['finance', 'admin'].includes(actor.role);
  const own = actor.role === 'department' && row.proposedByOrgId === actor.departmentId;
  const actions: string[] = [];
  if (finance || (own && ['proposed', 'returned'].includes(row.status))) actions.push('edit');
  if (finance && row.status === 'proposed') actions.push('approve', 'return');
  if (finance && row.status === 'enabled') actions.push('disable');
  if (finance && row.status === 'disabled') actions.push('enable');
  return actions;
}

/** Whether the actor may see this indicator (the list's visibility, applied to one row). */
function isVisible(actor: Actor, row: { status: string; proposedByOrgId: number | null }) {
  const v = visibility(actor);
  return !v.statuses || v.statuses.includes(row.status) || row.proposedByOrgId === v.ownOrgId;
}

async function readable(db: DbOrTx, actor: Actor, id: number) {
  const row = found(await repo.findIndicator(db, actor.regionCode, id), '指标');
  if (!isVisible(actor, row)) found(null, '指标');
  return row;
}

export async function getIndicator(ctx: Ctx, id: number) {
  const row = await readable(ctx.db, ctx.actor, id);
  return { ...row, allowedActions: allowedActions(ctx.actor, row) };
}

/** Same rules for the API, the import and promote: taxonomy, unit for quantitative, known field. */
export function validateIndicator(
  i: Pick<TIndicatorInput, 'level1' | 'level2' | 'operator' | 'unit' | 'layer' | 'fieldCode'>,
) {
  const ok = isLevel2Allowed(i.level1, i.level2, 'classic2020') || isLevel2Allowed(i.level1, i.level2, 'costFirst2021');
  if (!ok) return '二级指标与一级指标不匹配';
  if (isQuantitative(i.operator) && !i.unit) return '定量指标（≥ > = < ≤）必须填写计量单位';
  if (i.layer === 'industry' && !i.fieldCode) return '行业指标必须选择重点领域';
  return null;
}

async function assertValid(db: DbOrTx, regionCode: string, i: TIndicatorInput, exceptId?: number) {
  const problem = validateIndicator(i);
  if (problem) throw new AppError('VALIDATION_FAILED', problem);
  if (i.fieldCode) await assertField(db, regionCode, i.fieldCode);
  const keys = await repo.existingKeys(db, regionCode, i.year);
  const clash = keys.get(repo.keyOf(i.fieldCode, i.name));
  if (clash && clash !== exceptId) throw new AppError('DUPLICATE', `${i.year}年度该领域已有指标“${i.name}”`);
}

export async function createIndicator(ctx: Ctx, input: TIndicatorInput) {
  assertRole(ctx.actor, ['finance', 'admin', 'department'], '新增指标');
  return write(ctx, async (tx) => {
    const dept = ctx.actor.role === 'department';
    if (dept && input.layer === 'common')
      throw new AppError('FORBIDDEN', '共性指标由财政部门设置，主管部门可提出行业指标');
    await assertValid(tx, ctx.actor.regionCode, input);
    const [row] = await tx
      .insert(libraryIndicators)
      .values({
        ...input,
        regionCode: ctx.actor.regionCode,
        status: dept ? 'proposed' : 'enabled',
        proposedByOrgId: dept ? ctx.actor.departmentId : null,
      })
      .returning();
    await audit(tx, ctx, { entity: 'indicator', entityId: row.id, action: dept ? 'propose' : 'create', after: row });
    return row;
  });
}

export async function updateIndicator(ctx: Ctx, id: number, input: TIndicatorInput & { version: number }) {
  return write(ctx, async (tx) => {
    const before = await readable(tx, ctx.actor, id);
    if (!allowedActions(ctx.actor, before).includes('edit')) throw new AppError('FORBIDDEN', '无权修改该指标');
    assertVersion(before.version, input.version);
    const { version: _v, ...rest } = input;
    await assertValid(tx, ctx.actor.regionCode, { ...rest, year: before.year }, id);
    const resubmit = ctx.actor.role === 'department' && before.status === 'returned';
    const [after] = await tx
      .update(libraryIndicators)
      .set({
        ...rest,
        year: before.year,
        status: resubmit ? 'proposed' : before.status,
        version: before.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(libraryIndicators.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: 'indicator',
      entityId: id,
      action: resubmit ? 'resubmit' : 'update',
      before,
      after,
    });
    return after;
  });
}

/** Finance approves (→ enabled) or returns (→ returned, with comment) a department's proposal; enable/disable. */
export async function setIndicatorStatus(
  ctx: Ctx,
  id: number,
  action: 'approve' | 'return' | 'enable' | 'disable',
  comment = '',
) {
  assertRole(ctx.actor, ['finance', 'admin'], '审核指标');
  return write(ctx, async (tx) => {
    const before = await readable(tx, ctx.actor, id);
    if (!allowedActions(ctx.actor, before).includes(action))
      throw new AppError('INVALID_TRANSITION', '该指标当前状态不能执行此操作');
    if (action === 'return' && !comment) throw new AppError('VALIDATION_FAILED', '退回时请填写退回意见');
    const status = { approve: 'enabled', return: 'returned', enable: 'enabled', disable: 'disabled' }[action];
    const [after] = await tx
      .update(libraryIndicators)
      .set({
        status,
        reviewComment: action === 'return' ? comment : before.reviewComment,
        version: before.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(libraryIndicators.id, id)))
      .returning();
    await audit(tx, ctx, { entity: 'indicator', entityId: id, action, before, after, reason: comment || null });
    return after;
  });
}

registerDocument('indicator', {
  label: '指标',
  // History and files follow the detail: another department's proposal stays hidden.
  canRead: async (ctx, id) => {
    const row = await repo.findIndicator(ctx.db, ctx.actor.regionCode, id);
    return !!row && isVisible(ctx.actor, row);
  },
  canAttach: async (ctx) => ['finance', 'admin', 'department'].includes(ctx.actor.role),
});
