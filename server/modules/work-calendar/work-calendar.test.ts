import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('work calendar', () => {
  it("the demo's completions follow its rows: overdue on the rectification step are the units with an open item", async () => {
    const finance = await t.as('finance');
    const overdue = (await finance.get('/api/work-calendar/overdue?year=2025')).json() as {
      unitId: number;
      overdue: { title: string }[];
    }[];
    const late = (title: string) =>
      overdue
        .filter((u) => u.overdue.some((o) => o.title === title))
        .map((u) => u.unitId)
        .sort((a, b) => a - b);
    const { rows } = await t.database.pool.query(
      `select distinct unit_id from rectification_item where region_code = '420102'
        and status not in ('submitted', 'closed') order by unit_id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(late('复核及评价问题整改反馈')).toEqual(rows.map((r: { unit_id: number }) => r.unit_id));
    // Every unit of the demo submitted its 2025 targets and its 2024 self-evaluations.
    expect(late('2025年项目绩效目标申报')).toEqual([]);
    expect(late('2024年度项目绩效自评')).toEqual([]);
  });

  it('finance sets a unit milestone and reminds; the unit sees it in the inbox and marks it done', async () => {
    const finance = await t.as('finance');
    const m = (
      await finance.post('/api/work-calendar', {
        year: 2025,
        stage: 'selfEvaluation',
        title: '补充自评佐证资料',
        startOn: '2025-01-01',
        dueOn: '2025-02-01',
        responsibleRole: 'unit',
      })
    ).json();
    const { rows } = await t.database.pool.query("select count(*)::int as n from org_unit where kind = 'budgetUnit'");
    const reminded = (await finance.post(`/api/work-calendar/${m.id}/remind`)).json();
    expect(reminded.reminded).toBe(rows[0].n);
    const unit = await t.as('unit');
    const inbox = (await unit.get('/api/inbox?tab=todo&pageSize=200')).json();
    const task = inbox.items.find(
      (x: { entityId: number; entity: string }) => x.entity === 'calendarMilestone' && x.entityId === m.id,
    );
    expect(task.overdue).toBe(true);
    const overdueBefore = (await finance.get('/api/work-calendar/overdue?year=2025')).json();
    const unitRow = overdueBefore.find((u: { unitCode: string }) => u.unitCode === '104002');
    expect(unitRow.overdue.map((o: { milestoneId: number }) => o.milestoneId)).toContain(m.id);

    expect((await unit.post(`/api/work-calendar/${m.id}/complete`)).statusCode).toBe(200);
    expect((await unit.post(`/api/work-calendar/${m.id}/complete`)).json().code).toBe('DUPLICATE');
    const after = (await unit.get('/api/inbox?tab=todo&pageSize=200')).json();
    expect(
      after.items.some(
        (x: { entityId: number; entity: string }) => x.entity === 'calendarMilestone' && x.entityId === m.id,
      ),
    ).toBe(false);
    const mine = (await unit.get('/api/work-calendar?year=2025')).json().find((x: { id: number }) => x.id === m.id);
    expect(mine.done).toBe(true);
    const overdueAfter = (await finance.get('/api/work-calendar/overdue?year=2025')).json();
    const row2 = overdueAfter.find((u: { unitCode: string }) => u.unitCode === '104002');
    expect(row2?.overdue.map((o: { milestoneId: number }) => o.milestoneId) ?? []).not.toContain(m.id);
    // The department sees only its own units in the overdue list.
    const dept = (await (await t.as('department')).get('/api/work-calendar/overdue?year=2025')).json();
    expect(dept.length).toBeLessThan(overdueAfter.length);
  });

  it('a department sees its own milestone as due, marks it done and its reminder leaves the inbox', async () => {
    const finance = await t.as('finance');
    const m = (
      await finance.post('/api/work-calendar', {
        year: 2025,
        stage: 'targets',
        title: '部门整体绩效目标汇总报送',
        startOn: '2025-01-01',
        dueOn: '2025-02-01',
        responsibleRole: 'department',
      })
    ).json();
    await finance.post(`/api/work-calendar/${m.id}/remind`);
    const dept = await t.as('department');
    const row = async () =>
      (await dept.get('/api/work-calendar?year=2025')).json().find((x: { id: number }) => x.id === m.id);
    expect(await row()).toMatchObject({ mine: true, done: false, overdue: true });
    expect((await dept.post(`/api/work-calendar/${m.id}/complete`)).statusCode).toBe(200);
    expect(await row()).toMatchObject({ mine: true, done: true, overdue: false });
    const inbox = (await dept.get('/api/inbox?tab=todo&pageSize=200')).json();
    expect(
      inbox.items.some(
        (x: { entityId: number; entity: string }) => x.entity === 'calendarMilestone' && x.entityId === m.id,
      ),
    ).toBe(false);
    // A unit is not responsible for a department's milestone.
    const unitRow = (await (await t.as('unit')).get('/api/work-calendar?year=2025'))
      .json()
      .find((x: { id: number }) => x.id === m.id);
    expect(unitRow.mine).toBe(false);
  });

  it('validates dates and roles', async () => {
    const finance = await t.as('finance');
    const bad = await finance.post('/api/work-calendar', {
      year: 2025,
      stage: 'targets',
      title: 'x',
      startOn: '2025-03-01',
      dueOn: '2025-02-01',
      responsibleRole: 'unit',
    });
    expect(bad.statusCode).toBe(400);
    const unit = await t.as('unit');
    const list = (await unit.get('/api/work-calendar?year=2025')).json();
    const financeStep = list.find((x: { responsibleRole: string }) => x.responsibleRole === 'finance');
    expect((await unit.post(`/api/work-calendar/${financeStep.id}/complete`)).statusCode).toBe(403);
  });
});
