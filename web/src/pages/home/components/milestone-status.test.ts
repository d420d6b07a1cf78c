import { describe, expect, it } from 'vitest';
import { homeMilestones, milestoneStatus } from './milestone-status';

const m = (
  startOn: string,
  dueOn: string,
  extra: { done?: boolean; overdue?: boolean; cancelledAt?: string } = {},
) => ({
  startOn,
  dueOn,
  cancelledAt: null as string | null,
  ...extra,
});

describe('milestoneStatus', () => {
  it.each([
    ['before the start', m('2025-03-01', '2025-03-31'), '2025-02-28', 'upcoming'],
    ['on the start day', m('2025-03-01', '2025-03-31'), '2025-03-01', 'open'],
    ['on the deadline', m('2025-03-01', '2025-03-31'), '2025-03-31', 'open'],
    ['after the deadline', m('2025-03-01', '2025-03-31'), '2025-04-01', 'closed'],
    ["a unit's own, done", m('2025-03-01', '2025-03-31', { done: true }), '2025-04-01', 'done'],
    ["a unit's own, overdue", m('2025-03-01', '2025-03-31', { overdue: true }), '2025-04-01', 'overdue'],
  ])('%s', (_, row, today, status) => {
    expect(milestoneStatus(row, today)).toBe(status);
  });
});

describe('homeMilestones', () => {
  it('puts overdue first, then under way and coming by deadline, then past ones latest first; drops cancelled', () => {
    const rows = [
      { id: 1, ...m('2025-01-01', '2025-01-31') },
      { id: 2, ...m('2025-02-01', '2025-02-28', { overdue: true }) },
      { id: 3, ...m('2025-06-01', '2025-06-30') },
      { id: 4, ...m('2025-05-01', '2025-05-31') },
      { id: 5, ...m('2025-03-01', '2025-03-31') },
      { id: 6, ...m('2025-05-01', '2025-05-20', { cancelledAt: '2025-04-01T00:00:00Z' }) },
      { id: 7, ...m('2025-04-01', '2025-04-30') },
    ];
    const ids = (limit: number) => homeMilestones(rows, '2025-05-10', limit).map((r) => r.id);
    expect(ids(10)).toEqual([2, 4, 3, 7, 5, 1]);
    expect(ids(3)).toEqual([2, 4, 3]);
  });
});
