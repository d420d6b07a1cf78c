import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { TReviewInput } from '../../../core/contracts/monitoring';
import { monitoringEntries, monitoringRounds } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, found } from '../../platform/errors';
import { closeTasks, openTask } from '../../platform/inbox';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import * as repo from './repo';
import { can, type EntryAction, TRANSITIONS } from './workflow';

/** Which action a review by this role means. */
function actionOf(role: string, approve: boolean): EntryAction {
  if (role === 'department') return approve ? 'departmentApprove' : 'departmentReturn';
  if (role === 'finance') return approve ? 'financeApprove' : 'financeReturn';
  throw new AppError('FORBIDDEN', '当前角色无权审核监控表');
}

/**
 * Department or finance approves or returns one or many entries. All-or-nothing: if any selected entry
 * is not in a reviewable state, nothing changes.
 */
export async function reviewEntries(ctx: Ctx, input: TReviewInput) {
  const action = actionOf(ctx.actor.role, input.action === 'approve');
  const to = TRANSITIONS[action].to;
  if (!to) throw new AppError('INVALID_TRANSITION');
  return write(ctx, async (tx) => {
    const ids = [...new Set(input.ids)];
    const rows = await repo.entriesQuery(
      tx,
      and(repo.entryScope(ctx.actor), inArray(monitoringEntries.id, ids)) as SQL,
    );
    if (rows.length !== ids.length) throw new AppError('NOT_FOUND', '部分监控表不存在或无权查看');
    const bad = rows.filter((r) => !can(ctx.actor, action, { status: r.status, filled: true, roundClosed: false }));
    if (bad.length) {
      throw new AppError(
        'INVALID_TRANSITION',
        `「${bad[0].projectName}」当前状态不能${input.action === 'approve' ? '审核通过' : '退回'}`,
        {
          ids: bad.map((b) => b.id),
        },
      );
    }
    const now = new Date().toISOString();
    // Guarded by the states read above: a concurrent review of any of these entries makes this one CONFLICT.
    const changed = await tx
      .update(monitoringEntries)
      .set({
        status: to,
        returnComment: input.action === 'return' ? input.comment : null,
        ...(to === 'approved' ? { approvedAt: now } : {}),
        ...(to === 'approved' ? { reopened: false } : {}),
        version: sql`${monitoringEntries.version} + 1`,
        updatedAt: now,
      })
      .where(
        and(
          inArray(monitoringEntries.id, ids),
          inArray(monitoringEntries.status, [...TRANSITIONS[action].from]),
          sql`(${monitoringEntries.id}, ${monitoringEntries.version}) in (${sql.join(
            rows.map((r) => sql`(${r.id}::int, ${r.version}::int)`),
            sql`, `,
          )})`,
        ),
      )
      .returning({ id: monitoringEntries.id });
    if (changed.length !== ids.length) throw new AppError('CONFLICT', '部分监控表已被他人审核或修改，请刷新后重试');
    for (const r of rows) {
      await closeTasks(tx, { entity: 'monitoringEntry', entityId: r.id }, ctx.actor.userId);
      if (to === 'departmentApproved') {
        await openTask(tx, {
          regionCode: ctx.actor.regionCode,
          kind: 'monitoring.financeReview',
          title: `财政审核运行监控：${r.projectName}`,
          entity: 'monitoringEntry',
          entityId: r.id,
          link: `/monitoring/entries/${r.id}`,
          assigneeRole: 'finance',
        });
      }
      if (to === 'returned') await openReturnedTask(ctx, tx, r, input.comment);
      await audit(tx, ctx, {
        entity: 'monitoringEntry',
        entityId: r.id,
        action: input.action,
        before: { status: r.status },
        after: { status: to },
        reason: input.comment || null,
      });
    }
    return { count: rows.length, status: to };
  });
}

async function openReturnedTask(
  ctx: Ctx,
  tx: Parameters<Parameters<typeof write>[1]>[0],
  r: { id: number; unitId: number; projectName: string },
  comment: string,
) {
  await openTask(tx, {
    regionCode: ctx.actor.regionCode,
    kind: 'monitoring.fill',
    title: `运行监控被退回：${r.projectName}`,
    entity: 'monitoringEntry',
    entityId: r.id,
    link: `/monitoring/entries/${r.id}`,
    assigneeRole: 'unit',
    assigneeOrgId: r.unitId,
    flavor: 'returned',
    note: comment,
  });
}

/** Admin reopens one unit's locked entries of a round, with a reason; they may be filled again. */
export async function reopenUnit(ctx: Ctx, roundId: number, unitId: number, reason: string) {
  assertRole(ctx.actor, ['admin'], '解锁监控填报');
  return write(ctx, async (tx) => {
    const [round] = await tx
      .select()
      .from(monitoringRounds)
      .where(and(eq(monitoringRounds.regionCode, ctx.actor.regionCode), eq(monitoringRounds.id, roundId)));
    found(round, '监控轮次');
    const rows = await repo.entriesQuery(
      tx,
      and(
        repo.entryScope(ctx.actor),
        eq(monitoringEntries.roundId, roundId),
        eq(monitoringEntries.unitId, unitId),
      ) as SQL,
    );
    if (rows.length === 0) throw new AppError('NOT_FOUND', '该单位在本轮没有监控项目');
    // Locked: approved, or still closed with the round. Entries the unit can already fill are left as they are.
    const locked = rows.filter((r) => r.status === 'approved' || (round.status === 'closed' && !r.reopened));
    if (locked.length === 0) throw new AppError('INVALID_TRANSITION', '该单位在本轮没有已锁定的监控项目，无需解锁');
    const approved = locked.filter((r) => r.status === 'approved').map((r) => r.id);
    const closedOnly = locked.filter((r) => r.status !== 'approved').map((r) => r.id);
    const now = new Date().toISOString();
    if (approved.length > 0)
      await tx
        .update(monitoringEntries)
        .set({ status: 'returned', reopened: true, returnComment: `管理员解锁：${reason}`, updatedAt: now })
        .where(and(inArray(monitoringEntries.id, approved), eq(monitoringEntries.status, 'approved')));
    if (closedOnly.length > 0)
      await tx
        .update(monitoringEntries)
        .set({ reopened: true, updatedAt: now })
        .where(inArray(monitoringEntries.id, closedOnly));
    for (const r of locked) {
      if (r.status === 'approved') await openReturnedTask(ctx, tx, r, `管理员解锁：${reason}`);
    }
    await audit(tx, ctx, {
      entity: 'monitoringRound',
      entityId: roundId,
      action: 'reopenUnit',
      after: { unitId, entries: locked.map((r) => r.id) },
      reason,
    });
    return { reopened: locked.length };
  });
}
