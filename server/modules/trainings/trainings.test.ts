import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function distinctUnits(year: number) {
  const { rows } = await t.database.pool.query(
    `select count(distinct a.unit_id)::int as n, count(distinct s.id)::int as s from training_session s
     left join training_attendance a on a.session_id = s.id where s.year = $1 and s.cancelled_at is null`,
    [year],
  );
  return rows[0] as { n: number; s: number };
}

describe('trainings', () => {
  it('the demo has exactly 3 sessions in 2025 reaching more than 70 distinct budget units', async () => {
    const finance = await t.as('finance');
    const cov = (await finance.get('/api/trainings/coverage?year=2025')).json();
    const sql = await distinctUnits(2025);
    expect(cov.sessions).toBe(3);
    expect(cov.unitsReached).toBe(sql.n);
    expect(cov.unitsReached).toBeGreaterThan(70);
    expect(cov.notReached).toHaveLength(cov.budgetUnits - cov.unitsReached);
  });

  it("a department's coverage counts its own units reached, out of its own units", async () => {
    const dept = await t.as('department');
    const cov = (await dept.get('/api/trainings/coverage?year=2025')).json();
    const { rows } = await t.database.pool.query(
      `select count(*)::int as units,
          count(*) filter (where exists (select 1 from training_attendance a join training_session s on s.id = a.session_id
            where a.unit_id = o.id and s.year = 2025 and s.cancelled_at is null))::int as reached
        from org_unit o join app_user u on u.username = 'department'
        where o.kind = 'budgetUnit' and o.active and o.department_id = u.org_id`,
    );
    expect(rows[0].units).toBeGreaterThan(0);
    expect([cov.unitsReached, cov.budgetUnits]).toEqual([rows[0].reached, rows[0].units]);
    expect(cov.notReached).toHaveLength(cov.budgetUnits - cov.unitsReached);
  });

  it("the list counts each session's own attendees", async () => {
    const finance = await t.as('finance');
    const list = (await finance.get('/api/trainings?year=2025')).json();
    const { rows } = await t.database.pool.query(
      `select s.id, count(a.id)::int as n from training_session s left join training_attendance a on a.session_id = s.id
        where s.year = 2025 group by s.id`,
    );
    const expected = new Map(rows.map((r: { id: number; n: number }) => [r.id, r.n]));
    const items = list.items as { id: number; unitCount: number }[];
    expect(items.length).toBe(expected.size);
    for (const item of items) expect(item.unitCount).toBe(expected.get(item.id));
    // The demo's sessions reach different numbers of units (one reached 1, another 14 and more).
    expect(new Set(items.map((i) => i.unitCount)).size).toBeGreaterThan(1);
  });

  it('adding a one-to-one session for the unreached unit raises the coverage', async () => {
    const finance = await t.as('finance');
    const cov = (await finance.get('/api/trainings/coverage?year=2025')).json();
    const target = cov.notReached[0].id;
    const res = await finance.post('/api/trainings', {
      title: '点对点辅导',
      mode: 'oneToOne',
      heldOn: '2025-11-05',
      unitIds: [target],
    });
    expect(res.statusCode).toBe(200);
    const after = (await finance.get('/api/trainings/coverage?year=2025')).json();
    expect(after.sessions).toBe(4);
    expect(after.unitsReached).toBe(cov.unitsReached + 1);
    expect((await finance.get(`/api/trainings/${res.json().id}`)).json().units[0].id).toBe(target);
  });

  it('refuses a non-unit attendee and writes nothing; units cannot create sessions', async () => {
    const finance = await t.as('finance');
    const before = await distinctUnits(2025);
    const { rows } = await t.database.pool.query("select id from org_unit where kind = 'department' limit 1");
    const bad = await finance.post('/api/trainings', {
      title: 'x',
      mode: 'online',
      heldOn: '2025-11-06',
      unitIds: [rows[0].id],
    });
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    expect(await distinctUnits(2025)).toEqual(before);
    const unit = await t.as('unit');
    expect((await unit.post('/api/trainings', { title: 'x', mode: 'online', heldOn: '2025-11-06' })).statusCode).toBe(
      403,
    );
  });
});
