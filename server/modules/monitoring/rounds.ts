import { and, eq, inArray } from 'drizzle-orm';
import type { TRoundInput } from '../../../core/contracts/monitoring';
import { monitoringEntries, monitoringRounds } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { closeTasks, openTask } from '../../platform/inbox';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import * as repo from './repo';

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** Display name and last month of a period (Q2 → 6; months 1–7 → 7). */
export function periodOf(year: number, periodKind: 'quarter' | 'months', period: number) {
  if (periodKind === 'quarter') return { month: period * 3, name: `${year}年第${QUARTER_NAMES[period - 1]}季度` };
  return { month: period, name: period === 1 ? `${year}年1月` : `${year}年1—${period}月` };
}

/** Opens a fill task per entry of the round for its unit (a link straight to the form). */
async function openFillTasks(tx: Tx, round: repo.RoundRow) {
  const rows = await tx
    .select({ id: monitoringEntries.id, unitId: monitoringEntries.unitId })
    .from(monitoringEntries)
    .where(and(eq(monitoringEntries.roundId, round.id), inArray(monitoringEntries.status, ['draft'])));
  for (const r of rows) {
    await openTask(tx, {
      regionCode: round.regionCode,
      kind: 'monitoring.fill',
      title: `填报${round.name}绩效运行监控`,
      entity: 'monitoringEntry',
      entityId: r.id,
      link: `/monitoring/entries/${r.id}`,
      assigneeRole: 'unit',
      assigneeOrgId: r.unitId,
      deadline: round.deadline,
    });
  }
}

/** Finance opens a round: every approved project of the year is put in scope automatically. */
export async function openRound(ctx: Ctx, input: TRoundInput) {
  assertRole(ctx.actor, ['admin', 'finance'], '发起监控轮次');
  const { month, name } = periodOf(input.year, input.periodKind, input.period);
  return write(ctx, async (tx) => {
    const [dup] = await tx
      .select({ id: monitoringRounds.id })
      .from(monitoringRounds)
      .where(
        and(
          eq(monitoringRounds.regionCode, ctx.actor.regionCode),
          eq(monitoringRounds.year, input.year),
          eq(monitoringRounds.periodKind, input.periodKind),
          eq(monitoringRounds.period, input.period),
        ),
      );
    if (dup) throw new AppError('DUPLICATE', `${name}监控轮次已存在`);
    const [round] = await tx
      .insert(monitoringRounds)
      .values({ ...input, month, name, regionCode: ctx.actor.regionCode, createdBy: ctx.actor.userId })
      .returning();
    const inScope = await repo.populateRound(tx, round);
    await openFillTasks(tx, round);
    await audit(tx, ctx, {
      entity: 'monitoringRound',
      entityId: round.id,
      action: 'create',
      after: { ...round, inScope },
    });
    return { ...round, inScope };
  });
}

/** Adds projects approved after the round opened (idempotent). */
export async function syncRound(ctx: Ctx, id: number) {
  assertRole(ctx.actor, ['admin', 'finance'], '同步监控范围');
  return write(ctx, async (tx) => {
    const round = found(await repo.findRound(tx, ctx.actor.regionCode, id), '监控轮次');
    if (round.status === 'closed') throw new AppError('PERIOD_LOCKED', '监控轮次已关闭，不能调整范围');
    const added = await repo.populateRound(tx, round);
    if (added) await openFillTasks(tx, round);
    await audit(tx, ctx, { entity: 'monitoringRound', entityId: id, action: 'sync', after: { added } });
    return { added };
  });
}

export function listRounds(ctx: Ctx, year?: number) {
  return repo.listRounds(ctx.db, ctx.actor.regionCode, year);
}

/** Round with live coverage per department (scoped to what the actor sees) and its possible actions. */
export async function getRound(ctx: Ctx, id: number) {
  const round = found(await repo.findRound(ctx.db, ctx.actor.regionCode, id), '监控轮次');
  const departments = await repo.coverage(ctx.db, ctx.actor, id);
  const sum = (k: 'inScope' | 'filled' | 'submitted' | 'approved') => departments.reduce((s, d) => s + d[k], 0);
  const totals = {
    inScope: sum('inScope'),
    filled: sum('filled'),
    submitted: sum('submitted'),
    approved: sum('approved'),
  };
  const finance = ['admin', 'finance'].includes(ctx.actor.role);
  const allowedActions = [
    ...(finance && round.status === 'open' ? ['close', 'remind', 'sync', 'import'] : []),
    ...(finance ? ['recompute'] : []),
    ...(ctx.actor.role === 'admin' ? ['reopenUnit'] : []),
    ...(ctx.actor.role === 'unit' && round.status === 'open' ? ['import'] : []),
  ];
  return { ...round, departments, totals, allowedActions };
}

/** Units that have not filled and submitted everything yet. */
export async function pendingUnits(ctx: Ctx, id: number) {
  assertRole(ctx.actor, ['admin', 'finance', 'department', 'leader'], '查看未填报单位');
  found(await repo.findRound(ctx.db, ctx.actor.regionCode, id), '监控轮次');
  return repo.unfinishedUnits(ctx.db, repo.entryScope(ctx.actor), id);
}

/** Reminds every unit that still has unsubmitted entries (replaces earlier reminders of the round). */
export async function remindUnits(ctx: Ctx, id: number) {
  assertRole(ctx.actor, ['admin', 'finance'], '催报');
  return write(ctx, async (tx) => {
    const round = found(await repo.findRound(tx, ctx.actor.regionCode, id), '监控轮次');
    if (round.status === 'closed') throw new AppError('PERIOD_LOCKED', '监控轮次已关闭');
    const units = await repo.unfinishedUnits(tx, eq(monitoringEntries.regionCode, ctx.actor.regionCode), id);
    await closeTasks(tx, { entity: 'monitoringRound', entityId: id, kind: 'monitoring.remind' }, ctx.actor.userId);
    for (const u of units) {
      await openTask(tx, {
        regionCode: round.regionCode,
        kind: 'monitoring.remind',
        title: `催报：${round.name}运行监控尚有${u.pending}个项目未填报提交`,
        entity: 'monitoringRound',
        entityId: id,
        link: `/monitoring/rounds/${id}`,
        assigneeRole: 'unit',
        assigneeOrgId: u.unitId,
        deadline: round.deadline,
      });
    }
    await audit(tx, ctx, { entity: 'monitoringRound', entityId: id, action: 'remind', after: { units: units.length } });
    return { reminded: units.length, units };
  });
}

/** Closes a round: nothing can be filled any more unless an admin reopens a unit. */
export async function closeRound(ctx: Ctx, id: number) {
  assertRole(ctx.actor, ['admin', 'finance'], '关闭监控轮次');
  return write(ctx, async (tx) => {
    const before = found(await repo.findRound(tx, ctx.actor.regionCode, id), '监控轮次');
    if (before.status !== 'open') throw new AppError('INVALID_TRANSITION', '监控轮次已关闭');
    const [after] = await tx
      .update(monitoringRounds)
      .set({ status: 'closed', closedAt: new Date().toISOString(), version: before.version + 1 })
      .where(eq(monitoringRounds.id, id))
      .returning();
    await closeTasks(tx, { entity: 'monitoringRound', entityId: id, kind: 'monitoring.remind' }, ctx.actor.userId);
    await audit(tx, ctx, { entity: 'monitoringRound', entityId: id, action: 'close', before, after });
    return after;
  });
}
