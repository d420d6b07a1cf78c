import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { TEntrySave } from '../../../core/contracts/monitoring';
import { formatYuan } from '../../../core/money';
import { validateDeviation } from '../../../core/rules/monitoring/index';
import { monitoringEntries } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { closeTasks, openTask } from '../../platform/inbox';
import { assertVersion, transition, write } from '../../platform/tx';
import { getRules } from '../rule-sets/service';
import { listDisposalsOfEntry } from './disposals';
import { activePaymentHold } from './payment-holds';
import * as repo from './repo';
import { calcEntry, calcIndicator } from './warning-calc';
import { projectCurve } from './warnings';
import { allowedActions, can, type EntryAction, TRANSITIONS } from './workflow';

export function listEntries(ctx: Ctx, roundId: number, f: repo.EntryFilter) {
  return repo.entriesQuery(
    ctx.db,
    and(repo.entryScope(ctx.actor), eq(monitoringEntries.roundId, roundId), ...repo.entryFilter(f)) as SQL,
  );
}

/** Loads an entry with its round; out of scope → NOT_FOUND. */
export async function loadEntry(db: DbOrTx, ctx: Ctx, id: number) {
  const entry = found(await repo.findEntry(db, ctx.actor, id), '监控表');
  const round = found(await repo.findRound(db, ctx.actor.regionCode, entry.roundId), '监控轮次');
  const state = {
    status: entry.status,
    filled: entry.filledAt !== null,
    roundClosed: round.status === 'closed' && !entry.reopened,
  };
  return { entry, round, state };
}

/** Throws the precise reason an action is impossible: locked period, wrong state, or wrong role. */
export function assertCan(ctx: Ctx, action: EntryAction, loaded: Awaited<ReturnType<typeof loadEntry>>) {
  if (can(ctx.actor, action, loaded.state)) return;
  if (!TRANSITIONS[action].roles.includes(ctx.actor.role)) throw new AppError('FORBIDDEN', '当前角色无权执行此操作');
  const editing = action === 'save' || action === 'submit';
  if (editing && loaded.state.status === 'approved') throw new AppError('PERIOD_LOCKED', '监控表已审核锁定，不能修改');
  if (editing && loaded.state.roundClosed)
    throw new AppError('PERIOD_LOCKED', `${loaded.round.name}监控已关闭，不能填报`);
  if (editing && ctx.actor.role === 'unit') throw new AppError('INVALID_TRANSITION', '监控表已提交审核，不能修改');
  throw new AppError('INVALID_TRANSITION', '当前状态下不能执行此操作');
}

/** Entry detail: figures, indicators, warnings, disposals, the project's curve and the allowed actions. */
export async function getEntry(ctx: Ctx, id: number) {
  const loaded = await loadEntry(ctx.db, ctx, id);
  const { entry, round } = loaded;
  const indicators = await repo.entryIndicators(ctx.db, [id]);
  const disposals = await listDisposalsOfEntry(ctx.db, id);
  const curve = await projectCurve(ctx.db, ctx.actor, entry.projectId);
  const paymentHold = await activePaymentHold(ctx.db, ctx.actor.regionCode, entry.projectId);
  const budget = entry.projectAdjustedAmount ?? entry.adjustedBudget;
  return {
    ...entry,
    round: { id: round.id, name: round.name, month: round.month, status: round.status, deadline: round.deadline },
    indicators,
    disposals,
    curve,
    paymentHold,
    unpaidBalance: Math.max(budget - (entry.paid ?? 0), 0),
    allowedActions: allowedActions(ctx.actor, loaded.state),
  };
}

function assertAmounts(input: TEntrySave, budget: number) {
  if (input.paid > budget) {
    throw new AppError(
      'VALIDATION_FAILED',
      `实际执行数${formatYuan(input.paid)}元超过调整后预算${formatYuan(budget)}元`,
    );
  }
  if (input.fundsReceived > budget) {
    throw new AppError(
      'VALIDATION_FAILED',
      `到位资金${formatYuan(input.fundsReceived)}元超过调整后预算${formatYuan(budget)}元`,
    );
  }
}

/** The unit saves execution figures and indicator progress; warnings are recomputed in the same transaction. */
export async function saveEntry(ctx: Ctx, id: number, input: TEntrySave) {
  return write(ctx, async (tx) => {
    const loaded = await loadEntry(tx, ctx, id);
    assertCan(ctx, 'save', loaded);
    const { entry, round } = loaded;
    assertVersion(entry.version, input.version);
    const budget = entry.projectAdjustedAmount ?? entry.adjustedBudget;
    assertAmounts(input, budget);
    const rules = await getRules(tx, ctx.actor.regionCode, round.year, 'monitoring');
    const rows = await repo.entryIndicators(tx, [id]);
    const given = new Map(input.indicators.map((i) => [i.targetIndicatorId, i]));
    const known = new Set(rows.map((r) => r.targetIndicatorId));
    const unknown = input.indicators.find((i) => !known.has(i.targetIndicatorId));
    if (unknown) throw new AppError('VALIDATION_FAILED', '指标不属于该项目的绩效目标');
    const errors: string[] = [];
    const updated = rows.map((row) => {
      const g = given.get(row.targetIndicatorId);
      const merged = g ? { ...row, ...g } : row;
      if (g) {
        const dev = validateDeviation({ likelihood: g.likelihood, reasons: g.reasons, note: g.note }, rules);
        if (!dev.ok) errors.push(`「${row.name}」${dev.message}`);
        else if (g.likelihood !== 'certain' && !g.note)
          errors.push(`「${row.name}」完成可能性不是“确定能”，须填写偏差原因说明`);
      }
      const calc = calcIndicator({ ...merged, targetNumber: row.targetNumber }, round.month, rules);
      return { ...merged, color: calc.color, v: calc.v };
    });
    if (errors.length) throw new AppError('VALIDATION_FAILED', errors[0], { errors });
    const calc = calcEntry(
      { adjustedBudget: budget, paid: input.paid },
      updated.map((r) => r.color),
      round.month,
      rules,
    );
    await writeIndicatorRows(tx, updated);
    // Guarded: of two concurrent saves of the same version only one writes; the other gets CONFLICT.
    const after = await transition({
      tx,
      table: monitoringEntries,
      id,
      state: monitoringEntries.status,
      from: entry.status,
      version: entry.version,
      set: {
        fundsReceived: input.fundsReceived,
        paid: input.paid,
        adjustedBudget: budget,
        filledAt: new Date().toISOString(),
        ...calc,
        updatedAt: new Date().toISOString(),
      },
    });
    await audit(tx, ctx, {
      entity: 'monitoringEntry',
      entityId: id,
      action: 'update',
      before: entry,
      after: { ...after, indicators: updated },
    });
    return after;
  });
}

/** Writes indicator progress rows in one statement (jsonb_to_recordset: one parameter whatever the count). */
export async function writeIndicatorRows(
  tx: DbOrTx,
  rows: {
    id: number;
    currentValue: number | null;
    expectedValue: number | null;
    currentText: string;
    likelihood: string;
    reasons: string[];
    note: string;
    color: string | null;
    v: number | null;
  }[],
) {
  if (rows.length === 0) return;
  const payload = JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      cv: r.currentValue,
      ev: r.expectedValue,
      ct: r.currentText,
      lk: r.likelihood,
      rs: r.reasons,
      nt: r.note,
      cl: r.color,
      v: r.v,
    })),
  );
  await tx.execute(sql`
    update monitoring_indicator m
    set current_value = u.cv, expected_value = u.ev, current_text = u.ct, likelihood = u.lk,
        reasons = u.rs, note = u.nt, color = u.cl, v = u.v
    from jsonb_to_recordset(${payload}::jsonb)
      as u(id int, cv numeric, ev numeric, ct text, lk text, rs jsonb, nt text, cl text, v numeric)
    where m.id = u.id`);
}

/** The unit submits a filled entry to its department. */
export async function submitEntry(ctx: Ctx, id: number) {
  return write(ctx, async (tx) => {
    const loaded = await loadEntry(tx, ctx, id);
    assertCan(ctx, 'submit', loaded);
    const { entry, round } = loaded;
    if (entry.paid === null || entry.fundsReceived === null)
      throw new AppError('VALIDATION_FAILED', '请先填写预算执行情况');
    const rows = await repo.entryIndicators(tx, [id]);
    const empty = rows.filter((r) => (r.operator === '定性' ? !r.currentText : r.currentValue === null));
    if (empty.length) {
      throw new AppError('VALIDATION_FAILED', `尚有${empty.length}个指标未填写完成值（如「${empty[0].name}」）`);
    }
    const after = await transition({
      tx,
      table: monitoringEntries,
      id,
      state: monitoringEntries.status,
      from: entry.status,
      version: entry.version,
      set: { status: 'submitted', submittedAt: new Date().toISOString(), returnComment: null },
    });
    await closeTasks(tx, { entity: 'monitoringEntry', entityId: id }, ctx.actor.userId);
    await openTask(tx, {
      regionCode: ctx.actor.regionCode,
      kind: 'monitoring.departmentReview',
      title: `审核${round.name}运行监控：${entry.projectName}`,
      entity: 'monitoringEntry',
      entityId: id,
      link: `/monitoring/entries/${id}`,
      assigneeRole: 'department',
      assigneeOrgId: entry.departmentId,
    });
    await audit(tx, ctx, {
      entity: 'monitoringEntry',
      entityId: id,
      action: 'submit',
      before: { status: entry.status },
      after: { status: 'submitted' },
    });
    return after;
  });
}
