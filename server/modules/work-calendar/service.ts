import { and, eq } from 'drizzle-orm';
import { inScope } from '../../../core/access';
import { businessDate } from '../../../core/business-time';
import type { TMilestoneInput, TOverdueUnit } from '../../../core/contracts/work-calendar';
import { calendarCompletions, calendarMilestones } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, found } from '../../platform/errors';
import { closeTasks, openTask } from '../../platform/inbox';
import { assertRole } from '../../platform/policy';
import { assertVersion, write } from '../../platform/tx';
import * as repo from './repo';

const ENTITY = 'calendarMilestone';
const LINK = '/framework/calendar';
/** One inbox task per unit and milestone; the kind carries the unit so its own task can be closed. */
const taskKind = (unitId: number) => `workCalendar:${unitId}` as const;

/** The org whose completion the actor reports: a unit its own, a department its own, others none. */
function ownOrg(ctx: Ctx): { role: 'unit' | 'department'; id: number } | null {
  if (ctx.actor.role === 'unit' && ctx.actor.unitId) return { role: 'unit', id: ctx.actor.unitId };
  if (ctx.actor.role === 'department' && ctx.actor.departmentId)
    return { role: 'department', id: ctx.actor.departmentId };
  return null;
}

/** The year's timeline; a unit or department also sees whether it has done each of its own milestones. */
export async function listCalendar(ctx: Ctx, year: number) {
  const rows = await repo.findMilestones(ctx.db, ctx.actor.regionCode, year);
  const own = ownOrg(ctx);
  const done = own
    ? new Set(
        (
          await repo.findCompletions(
            ctx.db,
            rows.map((r) => r.id),
            own.id,
          )
        ).map((c) => c.milestoneId),
      )
    : new Set<number>();
  const finance = ctx.actor.role === 'finance' || ctx.actor.role === 'admin';
  const today = businessDate();
  return rows.map((r) => {
    const live = !r.cancelledAt;
    const mine = own !== null && r.responsibleRole === own.role && live;
    return {
      ...r,
      done: mine ? done.has(r.id) : undefined,
      overdue: mine ? !done.has(r.id) && r.dueOn < today : false,
      mine,
      remindDue: finance && live && !r.remindedAt && isRemindDue(r, today),
    };
  });
}

/** The reminder window: from `remindDaysBefore` days before the deadline until the deadline, for units or departments. */
export function isRemindDue(m: { responsibleRole: string; dueOn: string; remindDaysBefore: number }, on: string) {
  if (m.responsibleRole !== 'unit' && m.responsibleRole !== 'department') return false;
  const from = new Date(`${m.dueOn}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - m.remindDaysBefore);
  return on >= from.toISOString().slice(0, 10) && on <= m.dueOn;
}

/** A milestone finance may still change: in the region and not cancelled. */
async function liveMilestone(ctx: Ctx, id: number) {
  const m = found(await repo.findMilestone(ctx.db, ctx.actor.regionCode, id), '工作节点');
  if (m.cancelledAt) throw new AppError('INVALID_TRANSITION', '该工作节点已取消');
  return m;
}

/** Cancels a milestone: kept for the record, no longer due; open reminders leave the units' inboxes. */
export async function cancelMilestone(ctx: Ctx, id: number, input: { reason: string; version: number }) {
  assertRole(ctx.actor, ['finance', 'admin'], '维护工作日历');
  const before = await liveMilestone(ctx, id);
  assertVersion(before.version, input.version);
  return write(ctx, async (tx) => {
    const now = new Date().toISOString();
    const done = await tx
      .update(calendarMilestones)
      .set({ cancelledAt: now, cancelReason: input.reason, version: before.version + 1, updatedAt: now })
      .where(and(eq(calendarMilestones.id, id), eq(calendarMilestones.version, before.version)))
      .returning({ id: calendarMilestones.id });
    if (!done.length) throw new AppError('CONFLICT');
    await closeTasks(tx, { entity: ENTITY, entityId: id }, ctx.actor.userId);
    await audit(tx, ctx, { entity: ENTITY, entityId: id, action: 'cancel', before, reason: input.reason });
    return { id, cancelledAt: now };
  });
}

export async function saveMilestone(ctx: Ctx, id: number | null, input: TMilestoneInput) {
  assertRole(ctx.actor, ['finance', 'admin'], '维护工作日历');
  const before = id ? await liveMilestone(ctx, id) : null;
  if (before) assertVersion(before.version, input.version);
  const { version: _v, ...fields } = input;
  return write(ctx, async (tx) => {
    const [row] = before
      ? await tx
          .update(calendarMilestones)
          .set({ ...fields, version: before.version + 1, updatedAt: new Date().toISOString() })
          .where(eq(calendarMilestones.id, before.id))
          .returning()
      : await tx
          .insert(calendarMilestones)
          .values({ ...fields, regionCode: ctx.actor.regionCode })
          .returning();
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: row.id,
      action: before ? 'update' : 'create',
      before,
      after: fields,
    });
    return row;
  });
}

/** Puts the milestone into the inbox of every responsible unit (or department) that has not done it yet. */
export async function remindMilestone(ctx: Ctx, id: number) {
  assertRole(ctx.actor, ['finance', 'admin'], '发送工作提醒');
  const m = await liveMilestone(ctx, id);
  if (m.responsibleRole !== 'unit' && m.responsibleRole !== 'department') {
    throw new AppError('VALIDATION_FAILED', '只有责任主体为主管部门或预算单位的节点可以发送提醒');
  }
  const kind = m.responsibleRole === 'unit' ? 'budgetUnit' : 'department';
  const done = new Set((await repo.findCompletions(ctx.db, [m.id])).map((c) => c.unitId));
  const targets = (await repo.findOrgs(ctx.db, ctx.actor.regionCode, kind)).filter((o) => !done.has(o.id));
  return write(ctx, async (tx) => {
    for (const o of targets) {
      await closeTasks(tx, { entity: ENTITY, entityId: m.id, kind: taskKind(o.id) }, ctx.actor.userId);
    }
    for (const o of targets) {
      await openTask(tx, {
        regionCode: ctx.actor.regionCode,
        kind: taskKind(o.id),
        title: `工作节点提醒：${m.title}（${m.dueOn} 前完成）`,
        entity: ENTITY,
        entityId: m.id,
        link: `${LINK}?year=${m.year}`,
        assigneeRole: m.responsibleRole === 'unit' ? 'unit' : 'department',
        assigneeOrgId: o.id,
        deadline: m.dueOn,
      });
    }
    await tx
      .update(calendarMilestones)
      .set({ remindedAt: new Date().toISOString() })
      .where(eq(calendarMilestones.id, m.id));
    await audit(tx, ctx, { entity: ENTITY, entityId: m.id, action: 'remind', after: { reminded: targets.length } });
    return { reminded: targets.length };
  });
}

/** A unit (or department) reports its milestone as done; its reminder leaves the inbox. */
export async function completeMilestone(ctx: Ctx, id: number) {
  const m = await liveMilestone(ctx, id);
  const orgId =
    m.responsibleRole === 'unit'
      ? ctx.actor.unitId
      : m.responsibleRole === 'department'
        ? ctx.actor.departmentId
        : null;
  if (ctx.actor.role !== m.responsibleRole || orgId === null) {
    throw new AppError('FORBIDDEN', '该工作节点不由本单位负责');
  }
  const already = await repo.findCompletions(ctx.db, [m.id], orgId);
  if (already.length) throw new AppError('DUPLICATE', '该节点已标记完成');
  return write(ctx, async (tx) => {
    await tx
      .insert(calendarCompletions)
      .values({ regionCode: ctx.actor.regionCode, milestoneId: m.id, unitId: orgId, completedBy: ctx.actor.userId });
    await closeTasks(tx, { entity: ENTITY, entityId: m.id, kind: taskKind(orgId) }, ctx.actor.userId);
    await audit(tx, ctx, { entity: ENTITY, entityId: m.id, action: 'complete', after: { orgId } });
    return { id: m.id, done: true };
  });
}

/** Per unit (in the caller's scope): unit milestones past their deadline that the unit has not completed. */
export async function listOverdue(ctx: Ctx, year: number, asOf = businessDate()): Promise<TOverdueUnit[]> {
  const due = (await repo.findMilestones(ctx.db, ctx.actor.regionCode, year)).filter(
    (m) => m.responsibleRole === 'unit' && m.dueOn < asOf && !m.cancelledAt,
  );
  if (!due.length) return [];
  const units = (await repo.findOrgs(ctx.db, ctx.actor.regionCode, 'budgetUnit')).filter((u) =>
    inScope(ctx.actor, { regionCode: ctx.actor.regionCode, departmentId: u.departmentId, unitId: u.id }),
  );
  const done = new Set(
    (
      await repo.findCompletions(
        ctx.db,
        due.map((m) => m.id),
      )
    ).map((c) => `${c.milestoneId}:${c.unitId}`),
  );
  return units
    .map((u) => ({
      unitId: u.id,
      unitCode: u.code,
      unitName: u.name,
      overdue: due
        .filter((m) => !done.has(`${m.id}:${u.id}`))
        .map((m) => ({ milestoneId: m.id, title: m.title, dueOn: m.dueOn })),
    }))
    .filter((u) => u.overdue.length > 0);
}
