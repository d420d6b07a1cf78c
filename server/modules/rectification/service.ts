import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import type {
  RectificationAction,
  TRectificationDetail,
  TRectificationListQuery,
  TRectificationManualInput,
} from '../../../core/contracts/rectification';
import { RECTIFICATION_ACTION_LABELS } from '../../../core/contracts/rectification';
import { projects, rectificationEvents, rectificationItems } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx, Tx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { closeTasks, openTask } from '../../platform/inbox';
import { assertVersion, write } from '../../platform/tx';
import { assertCanReadList, assertFinance } from './policy';
import { raiseRectifications } from './raise';
import * as repo from './repo';
import { allowedActions, assertTransition } from './workflow';

/** The rectification list, filtered and scoped (GET /api/rectifications). */
export async function listRectifications(ctx: Ctx, q: TRectificationListQuery) {
  assertCanReadList(ctx.actor);
  return repo.findPage(ctx.db, repo.listWhere(ctx.actor, q), q.page, q.pageSize);
}

/** One item with its steps, evidence count and the buttons the caller may press. */
export async function getRectification(ctx: Ctx, id: number): Promise<TRectificationDetail> {
  assertCanReadList(ctx.actor);
  return readDetail(ctx.db, ctx.actor, id);
}

async function readDetail(db: DbOrTx, actor: Actor, id: number): Promise<TRectificationDetail> {
  const row = found(await repo.findRow(db, actor, id), '整改事项');
  const events = await repo.findEvents(db, id);
  const evidenceCount = await repo.evidenceCount(db, id);
  const actions = actor.role === 'leader' ? [] : allowedActions(actor, row.status);
  return { ...row, events, evidenceCount, allowedActions: actions };
}

/** Finance enters an item found outside the system (audit), through the one raise path. */
export async function createManualRectification(ctx: Ctx, input: TRectificationManualInput) {
  assertFinance(ctx.actor, '录入审计整改事项');
  return write(ctx, async (tx) => {
    if (input.projectId) {
      const [p] = await tx
        .select({ unitId: projects.unitId })
        .from(projects)
        .where(and(eq(projects.id, input.projectId), eq(projects.regionCode, ctx.actor.regionCode)));
      if (!p) throw new AppError('VALIDATION_FAILED', '关联项目不存在');
      if (p.unitId !== input.unitId) throw new AppError('VALIDATION_FAILED', '关联项目不属于该整改单位');
    }
    const [id] = await raiseRectifications(tx, ctx, [
      { ...input, source: 'audit', sourceEntity: null, sourceId: null },
    ]);
    return { id };
  });
}

const noteRequired: Partial<Record<RectificationAction, string>> = {
  progress: '请填写整改进展',
  return: '退回必须填写原因',
};

/** One step of the state machine (progress / submit / close / return), idempotency-safe via the status table. */
export async function stepRectification(
  ctx: Ctx,
  id: number,
  action: RectificationAction,
  input: { note?: string; version?: number },
) {
  assertCanReadList(ctx.actor);
  const note = input.note?.trim() || null;
  if (noteRequired[action] && !note) throw new AppError('VALIDATION_FAILED', noteRequired[action]);
  return write(ctx, async (tx) => {
    const row = found(await repo.findRow(tx, ctx.actor, id), '整改事项');
    const to = assertTransition(ctx.actor, action, row);
    assertVersion(row.version, input.version);
    if (action === 'submit' || action === 'close') {
      if ((await repo.evidenceCount(tx, id)) === 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          action === 'close' ? '该整改事项尚无佐证材料，不能销号' : '请先上传整改佐证材料再提交销号申请',
        );
      }
    }
    // The status guard in the WHERE makes a concurrent double step a no-op instead of a second effect.
    const [after] = await tx
      .update(rectificationItems)
      .set({
        status: to,
        version: sql`${rectificationItems.version} + 1`,
        updatedAt: sql`now()`,
        ...(to === 'closed' ? { closedAt: sql`now()`, closedBy: ctx.actor.userId } : {}),
      })
      .where(and(eq(rectificationItems.id, id), eq(rectificationItems.status, row.status)))
      .returning();
    if (!after) throw new AppError('CONFLICT');
    await tx.insert(rectificationEvents).values({
      itemId: id,
      action,
      note,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
    });
    await followUpTasks(ctx, tx, action, after, note);
    await audit(tx, ctx, {
      entity: 'rectification',
      entityId: id,
      action: action === 'close' ? 'closeOut' : action,
      before: { status: row.status },
      after: { status: to },
      reason: note,
    });
    return readDetail(tx, ctx.actor, id);
  });
}

/** Inbox: submit → finance checks; return → back to the unit; close → everything done. */
async function followUpTasks(
  ctx: Ctx,
  tx: Tx,
  action: RectificationAction,
  item: typeof rectificationItems.$inferSelect,
  note: string | null,
) {
  const link = `/rectification/items/${item.id}`;
  const title = `整改事项：${item.problem.slice(0, 60)}`;
  if (action === 'submit') {
    await closeTasks(tx, { entity: 'rectification', entityId: item.id }, ctx.actor.userId);
    await openTask(tx, {
      regionCode: item.regionCode,
      kind: 'rectification.verify',
      title: `销号审核：${item.problem.slice(0, 60)}`,
      entity: 'rectification',
      entityId: item.id,
      link,
      assigneeRole: 'finance',
    });
  } else if (action === 'return') {
    await closeTasks(tx, { entity: 'rectification', entityId: item.id }, ctx.actor.userId);
    await openTask(tx, {
      regionCode: item.regionCode,
      kind: 'rectification.fix',
      title,
      entity: 'rectification',
      entityId: item.id,
      link,
      assigneeRole: 'unit',
      assigneeOrgId: item.unitId,
      flavor: 'returned',
      deadline: item.deadline,
      // The unit sees why it was sent back (the reason is required on return).
      note: note ?? RECTIFICATION_ACTION_LABELS.return,
    });
  } else if (action === 'close') {
    await closeTasks(tx, { entity: 'rectification', entityId: item.id }, ctx.actor.userId);
  }
}
