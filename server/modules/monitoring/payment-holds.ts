import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PaymentHoldStatus, TPaymentHoldLift } from '../../../core/contracts/monitoring';
import { monitoringPaymentHolds, orgUnits, projects } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx, Tx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { scopeWhere } from '../../platform/scope';
import { write } from '../../platform/tx';

const h = monitoringPaymentHolds;
const unit = alias(orgUnits, 'unit');
const dept = alias(orgUnits, 'dept');

const holdScope = (ctx: Ctx) =>
  scopeWhere(ctx.actor, { region: h.regionCode, department: h.departmentId, unit: h.unitId });

const holdColumns = {
  id: h.id,
  year: h.year,
  projectId: h.projectId,
  projectCode: projects.code,
  projectName: projects.name,
  entryId: h.entryId,
  disposalId: h.disposalId,
  unitName: unit.name,
  departmentId: h.departmentId,
  departmentName: dept.name,
  status: h.status,
  reason: h.reason,
  suspendedByName: h.suspendedByName,
  createdAt: h.createdAt,
  liftReason: h.liftReason,
  liftedByName: h.liftedByName,
  liftedAt: h.liftedAt,
  version: h.version,
};

function holdsQuery(db: DbOrTx, where: SQL) {
  return db
    .select(holdColumns)
    .from(h)
    .innerJoin(projects, eq(projects.id, h.projectId))
    .innerJoin(unit, eq(unit.id, h.unitId))
    .innerJoin(dept, eq(dept.id, h.departmentId))
    .where(where)
    .orderBy(desc(h.createdAt), desc(h.id));
}

export interface SuspendInput {
  year: number;
  projectId: number;
  unitId: number;
  departmentId: number;
  entryId: number;
  disposalId: number;
  reason: string;
}

/**
 * A suspendPayments disposal puts the project on hold, in the disposal's transaction. One active hold per
 * project (partial unique index): a second suspension, also a concurrent one, is CONFLICT.
 */
export async function suspendPayments(tx: Tx, ctx: Pick<Ctx, 'actor' | 'ip'>, input: SuspendInput) {
  const [row] = await tx
    .insert(h)
    .values({
      regionCode: ctx.actor.regionCode,
      ...input,
      suspendedBy: ctx.actor.userId,
      suspendedByName: ctx.actor.displayName,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError('CONFLICT', '该项目已暂停拨款，请勿重复处置');
  await audit(tx, ctx, {
    entity: 'monitoringPaymentHold',
    entityId: row.id,
    action: 'suspend',
    after: { projectId: row.projectId, status: row.status, disposalId: row.disposalId },
    reason: input.reason,
  });
  return row;
}

/** Finance lifts a hold (恢复拨款) with a reason; only a hold still suspended at the version seen. */
export async function liftPaymentHold(ctx: Ctx, id: number, input: TPaymentHoldLift) {
  assertRole(ctx.actor, ['finance'], '恢复拨款');
  return write(ctx, async (tx) => {
    const [hold] = await tx
      .select()
      .from(h)
      .where(and(holdScope(ctx), eq(h.id, id)));
    found(hold, '暂停拨款记录');
    if (hold.status !== 'suspended') throw new AppError('INVALID_TRANSITION', '该项目已恢复拨款');
    const version = input.version ?? hold.version;
    const [after] = await tx
      .update(h)
      .set({
        status: 'lifted',
        liftReason: input.reason,
        liftedBy: ctx.actor.userId,
        liftedByName: ctx.actor.displayName,
        liftedAt: new Date().toISOString(),
        version: sql`${h.version} + 1`,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(h.id, id), eq(h.status, 'suspended'), eq(h.version, version)))
      .returning();
    if (!after) throw new AppError('CONFLICT', '该记录已被他人处理或修改，请刷新后重试');
    await audit(tx, ctx, {
      entity: 'monitoringPaymentHold',
      entityId: id,
      action: 'lift',
      before: { status: 'suspended' },
      after: { status: 'lifted', projectId: hold.projectId },
      reason: input.reason,
    });
    return after;
  });
}

/** Holds visible to the actor (scoped), newest first. */
export function listPaymentHolds(ctx: Ctx, f: { status?: PaymentHoldStatus; year?: number; departmentId?: number }) {
  const conds: SQL[] = [holdScope(ctx)];
  if (f.status) conds.push(eq(h.status, f.status));
  if (f.year) conds.push(eq(h.year, f.year));
  if (f.departmentId) conds.push(eq(h.departmentId, f.departmentId));
  return holdsQuery(ctx.db, and(...conds) as SQL);
}

/**
 * The project's active payment hold, or null. Service function for other modules (project detail): the caller
 * has already authorized the project.
 */
export async function activePaymentHold(db: DbOrTx, regionCode: string, projectId: number) {
  const [row] = await holdsQuery(
    db,
    and(eq(h.regionCode, regionCode), eq(h.projectId, projectId), eq(h.status, 'suspended')) as SQL,
  );
  return row ?? null;
}
