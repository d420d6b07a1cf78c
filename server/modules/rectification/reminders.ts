import { and, eq, inArray } from 'drizzle-orm';
import { tasks } from '../../db/schema/index';
import { auditMany, openTasks } from '../../platform/bulk';
import type { Ctx } from '../../platform/context';
import { write } from '../../platform/tx';
import { assertCanReadList, assertFinance } from './policy';
import * as repo from './repo';

/** Overdue items in scope (the reminders list). */
export async function listOverdue(ctx: Ctx, year?: number) {
  assertCanReadList(ctx.actor);
  return repo.findAll(ctx.db, repo.listWhere(ctx.actor, { year, overdue: 'true' }));
}

/**
 * Finance sends a reminder (催办) to the unit of every overdue item: one inbox task each. Idempotent:
 * an item that already has an open reminder gets no second one.
 */
export async function remindOverdue(ctx: Ctx, year?: number) {
  assertFinance(ctx.actor, '发送逾期催办');
  return write(ctx, async (tx) => {
    const overdue = await repo.findAll(tx, repo.listWhere(ctx.actor, { year, overdue: 'true' }));
    if (overdue.length === 0) return { reminded: 0, alreadyReminded: 0 };
    const open = await tx
      .select({ entityId: tasks.entityId })
      .from(tasks)
      .where(
        and(
          eq(tasks.entity, 'rectification'),
          eq(tasks.kind, 'rectification.overdue'),
          eq(tasks.status, 'open'),
          inArray(
            tasks.entityId,
            overdue.map((r) => r.id),
          ),
        ),
      );
    const done = new Set(open.map((t) => t.entityId));
    const fresh = overdue.filter((r) => !done.has(r.id));
    await openTasks(
      tx,
      fresh.map((r) => ({
        regionCode: ctx.actor.regionCode,
        kind: 'rectification.overdue',
        title: `整改逾期催办：${r.problem.slice(0, 50)}（期限 ${r.deadline}）`,
        entity: 'rectification',
        entityId: r.id,
        link: `/rectification/items/${r.id}`,
        assigneeRole: 'unit' as const,
        assigneeOrgId: r.unitId,
        deadline: r.deadline,
        note: '整改已超过期限，请尽快完成整改并提交佐证材料',
      })),
    );
    await auditMany(
      tx,
      ctx,
      fresh.map((r) => ({ entity: 'rectification', entityId: r.id, action: 'remind' })),
    );
    return { reminded: fresh.length, alreadyReminded: done.size };
  });
}
