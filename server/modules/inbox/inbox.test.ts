import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TInboxTask } from '../../../core/contracts/inbox';
import { TASK_KIND_LABELS, taskKindLabel } from '../../../core/enums';
import { createTestApp, type TestApp } from '../../test/app';
import { orgByCode } from '../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** Finance raises a rectification item for the demo unit 104002; returns its inbox link. */
async function raiseItem(problem: string, requirement: string, deadline: string) {
  const finance = await t.as('finance');
  const unitId = (await orgByCode(t.database.db, '104002')).id;
  const created = await finance.post('/api/rectifications', {
    year: 2025,
    unitId,
    problem,
    requirement,
    severity: 'medium',
    deadline,
  });
  expect(created.statusCode, created.body).toBe(200);
  return { id: created.json().id as number, link: `/rectification/items/${created.json().id}` };
}

describe('inbox', () => {
  it('a returned rectification item reaches the unit with the reason as its note', async () => {
    const finance = await t.as('finance');
    const unit = await t.as('unit');
    const { id } = await raiseItem('待办说明测试：佐证材料不足', '补充验收材料', '2099-12-31');
    const todo = (await unit.get('/api/inbox?tab=todo&pageSize=200')).json().items as TInboxTask[];
    expect(todo.find((x) => x.link === `/rectification/items/${id}`)).toMatchObject({
      kind: 'rectification.fix',
      flavor: 'todo',
      note: null,
    });
    // Put the item where finance may return it (the evidence upload is covered by the rectification tests).
    await t.database.pool.query(`update rectification_item set status = 'submitted' where id = $1`, [id]);
    const returned = await finance.post(`/api/rectifications/${id}/return`, { reason: '验收报告缺少签章页' });
    expect(returned.statusCode, returned.body).toBe(200);
    const items = (await unit.get('/api/inbox?tab=returned&pageSize=200')).json().items as TInboxTask[];
    const task = items.find((x) => x.link === `/rectification/items/${id}`);
    expect(task).toMatchObject({ kind: 'rectification.fix', flavor: 'returned', note: '验收报告缺少签章页' });
  });

  it('a task is overdue from 00:00 Beijing time the day after its deadline, not from 00:00 UTC', async () => {
    const unit = await t.as('unit');
    const { link } = await raiseItem('逾期边界测试：台账未更新', '更新资产台账', '2025-06-30');
    const overdueAt = async (now: string) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(now));
      try {
        const items = (await unit.get('/api/inbox?tab=todo&pageSize=200')).json().items as TInboxTask[];
        return items.find((x) => x.link === link)?.overdue;
      } finally {
        vi.useRealTimers();
      }
    };
    expect(await overdueAt('2025-06-30T15:59:59Z')).toBe(false); // 2025-06-30 23:59:59 Beijing
    expect(await overdueAt('2025-06-30T23:00:00Z')).toBe(true); // 2025-07-01 07:00 Beijing, still 06-30 in UTC
  });

  it('every task kind in the demo has a Chinese 事项类型', async () => {
    const { rows } = await t.database.pool.query<{ kind: string }>('select distinct kind from task order by kind');
    expect(rows.length).toBeGreaterThan(3);
    for (const { kind } of rows) expect(taskKindLabel(kind), kind).not.toBe(kind);
    expect(taskKindLabel('workCalendar:12')).toBe(TASK_KIND_LABELS.workCalendar);
    expect(taskKindLabel('unknownKind')).toBe('unknownKind');
  });
});
