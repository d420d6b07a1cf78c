import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { isRemindDue } from './service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const milestone = {
  year: 2025,
  stage: 'monitoring',
  title: '报送二季度监控表',
  startOn: '2025-01-01',
  dueOn: '2025-02-01',
  responsibleRole: 'unit',
};

const hasTask = (items: { entity: string; entityId: number }[], id: number) =>
  items.some((x) => x.entity === 'calendarMilestone' && x.entityId === id);

describe('work calendar editing', () => {
  it('the reminder window opens remindDaysBefore days ahead of the deadline, for units and departments only', () => {
    const m = { responsibleRole: 'unit', dueOn: '2025-03-10', remindDaysBefore: 7 };
    const cases: [typeof m, string, boolean][] = [
      [m, '2025-03-02', false],
      [m, '2025-03-03', true],
      [m, '2025-03-10', true],
      [m, '2025-03-11', false],
      [{ ...m, remindDaysBefore: 0 }, '2025-03-10', true],
      [{ ...m, remindDaysBefore: 0 }, '2025-03-09', false],
      [{ ...m, responsibleRole: 'department' }, '2025-03-05', true],
      [{ ...m, responsibleRole: 'finance' }, '2025-03-05', false],
    ];
    for (const [input, on, due] of cases) expect([input, on, isRemindDue(input, on)]).toEqual([input, on, due]);
  });

  it('finance edits the deadline and reminder days; a stale version gets CONFLICT', async () => {
    const finance = await t.as('finance');
    const m = (await finance.post('/api/work-calendar', { ...milestone, remindDaysBefore: 3 })).json();
    expect(m.remindDaysBefore).toBe(3);
    const res = await finance.put(`/api/work-calendar/${m.id}`, { ...milestone, dueOn: '2025-02-15', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dueOn: '2025-02-15', remindDaysBefore: 7, version: 2 });
    expect((await finance.put(`/api/work-calendar/${m.id}`, { ...milestone, version: 1 })).json().code).toBe(
      'CONFLICT',
    );
    const bad = await finance.put(`/api/work-calendar/${m.id}`, { ...milestone, remindDaysBefore: 91, version: 2 });
    expect(bad.statusCode).toBe(400);
  });

  it('cancelling removes the milestone from overdue lists and closes the units’ reminders', async () => {
    const finance = await t.as('finance');
    const m = (await finance.post('/api/work-calendar', milestone)).json();
    await finance.post(`/api/work-calendar/${m.id}/remind`);
    const unit = await t.as('unit');
    expect(hasTask((await unit.get('/api/inbox?tab=todo&pageSize=200')).json().items, m.id)).toBe(true);
    const overdueIds = async () =>
      ((await finance.get('/api/work-calendar/overdue?year=2025')).json() as { overdue: { milestoneId: number }[] }[])
        .flatMap((u) => u.overdue.map((o) => o.milestoneId))
        .filter((id) => id === m.id).length;
    expect(await overdueIds()).toBeGreaterThan(0);
    const res = await finance.post(`/api/work-calendar/${m.id}/cancel`, { reason: '并入年中监控', version: m.version });
    expect(res.statusCode).toBe(200);
    expect(await overdueIds()).toBe(0);
    expect(hasTask((await unit.get('/api/inbox?tab=todo&pageSize=200')).json().items, m.id)).toBe(false);
    const mine = (await unit.get('/api/work-calendar?year=2025')).json().find((x: { id: number }) => x.id === m.id);
    expect([mine.cancelReason, mine.overdue, mine.mine]).toEqual(['并入年中监控', false, false]);
    expect((await finance.post(`/api/work-calendar/${m.id}/remind`)).json().code).toBe('INVALID_TRANSITION');
    expect((await unit.post(`/api/work-calendar/${m.id}/complete`)).json().code).toBe('INVALID_TRANSITION');
    expect((await finance.put(`/api/work-calendar/${m.id}`, { ...milestone, version: 2 })).json().code).toBe(
      'INVALID_TRANSITION',
    );
    const { rows } = await t.database.pool.query(
      "select action, reason from audit_event where entity = 'calendarMilestone' and entity_id = $1 order by id",
      [m.id],
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['create', 'remind', 'cancel']);
    expect((await unit.post(`/api/work-calendar/${m.id}/cancel`, { reason: 'x', version: 2 })).statusCode).toBe(403);
  });
});
