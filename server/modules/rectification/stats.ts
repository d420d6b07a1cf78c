import { businessDate } from '../../../core/business-time';
import type {
  RectificationStatus,
  TCount,
  TRectificationRow,
  TRectificationStats,
} from '../../../core/contracts/rectification';
import {
  RECTIFICATION_SOURCE_LABELS,
  RECTIFICATION_STATUSES,
  type RectificationSource,
} from '../../../core/contracts/rectification';
import type { Ctx } from '../../platform/context';
import { assertCanReadList } from './policy';
import * as repo from './repo';

function countBy(
  rows: TRectificationRow[],
  key: (r: TRectificationRow) => string,
  label: (r: TRectificationRow) => string,
) {
  const map = new Map<string, TCount>();
  for (const r of rows) {
    const k = key(r);
    const c = map.get(k) ?? { key: k, label: label(r), total: 0, closed: 0, overdue: 0 };
    c.total += 1;
    if (r.status === 'closed') c.closed += 1;
    if (r.overdue) c.overdue += 1;
    map.set(k, c);
  }
  return [...map.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'zh-CN'));
}

const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** Month-end series from the items' own dates: cumulative raised and closed, and overdue at that date. */
export function monthlySeries(rows: TRectificationRow[], year: number, today: string) {
  const out: TRectificationStats['monthly'] = [];
  for (let m = 1; m <= 12; m++) {
    const end = monthEnd(year, m);
    const asOf = end < today ? end : today;
    if (`${year}-${String(m).padStart(2, '0')}-01` > today) break;
    let raised = 0;
    let closed = 0;
    let overdue = 0;
    for (const r of rows) {
      if (businessDate(r.createdAt) > asOf) continue;
      raised += 1;
      const closedBy = r.closedAt !== null && businessDate(r.closedAt) <= asOf;
      if (closedBy) closed += 1;
      else if (r.deadline < asOf) overdue += 1;
    }
    out.push({ month: `${year}-${String(m).padStart(2, '0')}`, raised, closed, overdue });
  }
  return out;
}

/** Counts, closure rate and the series for the dashboard of one year (GET /api/rectifications/stats). */
export async function rectificationStats(ctx: Ctx, year: number, today = businessDate()) {
  assertCanReadList(ctx.actor);
  const rows = await repo.findAll(ctx.db, repo.listWhere(ctx.actor, { year }));
  const closed = rows.filter((r) => r.status === 'closed').length;
  const stats: TRectificationStats = {
    total: rows.length,
    closed,
    open: rows.length - closed,
    overdue: rows.filter((r) => r.overdue).length,
    closureRate: rows.length ? closed / rows.length : null,
    byStatus: RECTIFICATION_STATUSES.map((status: RectificationStatus) => ({
      status,
      count: rows.filter((r) => r.status === status).length,
    })),
    bySource: countBy(
      rows,
      (r) => r.source,
      (r) => RECTIFICATION_SOURCE_LABELS[r.source as RectificationSource] ?? r.source,
    ),
    byDepartment: countBy(
      rows,
      (r) => String(r.departmentId),
      (r) => r.departmentName,
    ),
    byUnit: countBy(
      rows,
      (r) => String(r.unitId),
      (r) => r.unitName,
    ),
    monthly: monthlySeries(rows, year, today),
  };
  return stats;
}
