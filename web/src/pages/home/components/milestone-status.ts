import type { TMilestone } from '../../../../../core/contracts/work-calendar';

export type MilestoneStatus = 'done' | 'overdue' | 'open' | 'upcoming' | 'closed';

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, { text: string; color: string }> = {
  done: { text: '已完成', color: 'green' },
  overdue: { text: '已逾期', color: 'red' },
  open: { text: '进行中', color: 'blue' },
  upcoming: { text: '未开始', color: 'default' },
  closed: { text: '已截止', color: 'default' },
};

/**
 * Where a work-calendar milestone stands on `today` (YYYY-MM-DD) for the caller: a unit's own milestones carry the
 * server's done/overdue flags; otherwise by its dates.
 */
export function milestoneStatus(m: Pick<TMilestone, 'startOn' | 'dueOn' | 'done' | 'overdue'>, today: string) {
  if (m.done) return 'done';
  if (m.overdue) return 'overdue';
  if (today < m.startOn) return 'upcoming';
  return today <= m.dueOn ? 'open' : 'closed';
}

/**
 * The milestones the home page lists, at most `limit`: the caller's overdue ones first, then those under way or
 * coming (by deadline), then the finished or past ones, latest first, to fill the card.
 */
export function homeMilestones<T extends Pick<TMilestone, 'startOn' | 'dueOn' | 'done' | 'overdue' | 'cancelledAt'>>(
  rows: readonly T[],
  today: string,
  limit: number,
): T[] {
  const live = rows.filter((m) => !m.cancelledAt);
  const rank = (m: T) => ({ overdue: 0, open: 1, upcoming: 2, done: 3, closed: 3 })[milestoneStatus(m, today)];
  return [...live]
    .sort(
      (a, b) => rank(a) - rank(b) || (rank(a) < 3 ? a.dueOn.localeCompare(b.dueOn) : b.dueOn.localeCompare(a.dueOn)),
    )
    .slice(0, limit);
}
