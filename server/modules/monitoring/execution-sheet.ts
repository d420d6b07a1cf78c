import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { TExecutionImportRow } from '../../../core/contracts/monitoring';
import { formatYuan, parseYuan } from '../../../core/money';
import type { WarningColor } from '../../../core/rules/monitoring/index';
import { monitoringEntries, projects } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, found } from '../../platform/errors';
import { assertNoRowErrors, type RowError, type SheetColumn, writeSheet } from '../../platform/excel';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import { getRules } from '../rule-sets/service';
import * as repo from './repo';
import { calcEntry } from './warning-calc';

type ExportRow = Awaited<ReturnType<typeof repo.entriesQuery>>[number];

const yuanOrEmpty = (fen: number | null) => (fen === null ? '' : formatYuan(fen).replace(/,/g, ''));

/** The execution sheet: the export writes these columns, the import reads the same ones. */
export const executionColumns: SheetColumn<ExportRow>[] = [
  { key: 'code', header: '项目编码', width: 18, value: (r) => r.projectCode },
  { key: 'name', header: '项目名称', width: 40, value: (r) => r.projectName },
  { key: 'annualBudget', header: '年初预算（元）', width: 16, value: (r) => yuanOrEmpty(r.annualBudget) },
  {
    key: 'adjustedBudget',
    header: '调整后预算（元）',
    width: 16,
    value: (r) => yuanOrEmpty(r.projectAdjustedAmount ?? r.adjustedBudget),
  },
  { key: 'fundsReceived', header: '到位资金（元）', width: 16, value: (r) => yuanOrEmpty(r.fundsReceived) },
  { key: 'paid', header: '实际执行数（元）', width: 16, value: (r) => yuanOrEmpty(r.paid) },
  {
    key: 'rate',
    header: '执行率（%）',
    width: 12,
    value: (r) => {
      const budget = r.projectAdjustedAmount ?? r.adjustedBudget;
      return r.paid === null || budget <= 0 ? '' : (Math.round((r.paid * 10000) / budget) / 100).toFixed(2);
    },
  },
];

/** Entries of a round in the actor's scope, for the export sheet. */
export async function exportRows(ctx: Ctx, roundId: number) {
  const round = found(await repo.findRound(ctx.db, ctx.actor.regionCode, roundId), '监控轮次');
  const rows = await repo.entriesQuery(
    ctx.db,
    and(repo.entryScope(ctx.actor), eq(monitoringEntries.roundId, roundId)) as SQL,
  );
  return { name: `${round.name}预算执行情况.xlsx`, buffer: await writeSheet('预算执行', executionColumns, rows) };
}

/**
 * Imports execution figures keyed by project code, all-or-nothing: every row is checked in memory first
 * (unknown or out-of-scope code, duplicate, negative, above budget, locked entry); then one UPDATE writes
 * all rows with their recomputed warnings.
 */
export async function importExecution(
  ctx: Ctx,
  roundId: number,
  rows: { row: number; value: TExecutionImportRow }[],
  parseErrors: RowError[] = [],
) {
  assertRole(ctx.actor, ['admin', 'finance', 'unit'], '导入预算执行数据');
  return write(ctx, async (tx) => {
    const round = found(await repo.findRound(tx, ctx.actor.regionCode, roundId), '监控轮次');
    const rules = await getRules(tx, ctx.actor.regionCode, round.year, 'monitoring');
    const entries = await tx
      .select({
        id: monitoringEntries.id,
        code: projects.code,
        status: monitoringEntries.status,
        reopened: monitoringEntries.reopened,
        budget: sql<number>`coalesce(${projects.adjustedAmount}, ${monitoringEntries.adjustedBudget})`.mapWith(Number),
        indicatorColor: monitoringEntries.indicatorColor,
      })
      .from(monitoringEntries)
      .innerJoin(projects, eq(projects.id, monitoringEntries.projectId))
      .where(and(repo.entryScope(ctx.actor), eq(monitoringEntries.roundId, roundId)));
    const byCode = new Map(entries.map((e) => [e.code, e]));
    const seen = new Map<string, number>();
    const errors: RowError[] = [...parseErrors];
    const out: Record<string, unknown>[] = [];
    for (const { row, value } of rows) {
      const err = (column: string, message: string) => errors.push({ row, column, message });
      const entry = byCode.get(value.code);
      const first = seen.get(value.code);
      if (first !== undefined) err('项目编码', `项目编码 ${value.code} 与第 ${first} 行重复`);
      else seen.set(value.code, row);
      if (!entry) {
        err('项目编码', `项目编码 ${value.code} 不存在或不在本轮监控范围内`);
        continue;
      }
      if (round.status === 'closed' && !entry.reopened) err('项目编码', `${round.name}监控已关闭，不能导入`);
      else if (!['draft', 'returned'].includes(entry.status)) err('项目编码', '该项目监控表已提交或已审核，不能导入');
      const received = parseYuan(value.fundsReceived);
      const paid = parseYuan(value.paid);
      if (received === null) err('到位资金（元）', '应为金额（元，最多两位小数）');
      else if (received < 0) err('到位资金（元）', '不能为负数');
      else if (received > entry.budget) err('到位资金（元）', `超过调整后预算${formatYuan(entry.budget)}元`);
      if (paid === null) err('实际执行数（元）', '应为金额（元，最多两位小数）');
      else if (paid < 0) err('实际执行数（元）', '不能为负数');
      else if (paid > entry.budget) err('实际执行数（元）', `超过调整后预算${formatYuan(entry.budget)}元`);
      if (received === null || paid === null || received < 0 || paid < 0) continue;
      const indicatorColors = entry.indicatorColor ? [entry.indicatorColor as WarningColor] : [];
      const calc = calcEntry({ adjustedBudget: entry.budget, paid }, indicatorColors, round.month, rules);
      out.push({ id: entry.id, fr: received, pd: paid, ab: entry.budget, ...calc });
    }
    assertNoRowErrors(errors.sort((a, b) => a.row - b.row));
    if (out.length === 0) throw new AppError('BAD_FILE', '文件中没有数据行');
    await tx.execute(sql`
      update monitoring_entry m
      set funds_received = u.fr, paid = u.pd, adjusted_budget = u.ab, filled_at = now(), updated_at = now(),
          execution_color = u."executionColor", execution_v = u."executionV", warning_color = u."warningColor",
          version = m.version + 1
      from jsonb_to_recordset(${JSON.stringify(out)}::jsonb)
        as u(id int, fr bigint, pd bigint, ab bigint, "executionColor" text, "executionV" numeric, "warningColor" text)
      where m.id = u.id`);
    await audit(tx, ctx, {
      entity: 'monitoringRound',
      entityId: roundId,
      action: 'import',
      after: { rows: out.length },
    });
    return { imported: out.length };
  });
}
