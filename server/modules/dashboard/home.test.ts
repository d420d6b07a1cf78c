import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workYearOf } from '../../../core/business-time';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const R = '420102';
const one = async (text: string, params: unknown[]) => Number((await t.database.pool.query(text, params)).rows[0].n);

/** The home counts written here in plain SQL, for an org-unit condition on alias o. */
async function expected(orgWhere: string, params: unknown[]) {
  const org = (kind: string) =>
    one(`select count(*) n from org_unit o where o.active and o.kind = '${kind}' and ${orgWhere}`, params);
  return {
    departments: await org('department'),
    budgetUnits: await org('budgetUnit'),
    activeUsers: await one("select count(*) n from app_user where region_code = $1 and status = 'active'", [R]),
    // Today in Beijing time (the business day), whatever the session's zone.
    auditEventsToday: await one(
      "select count(*) n from audit_event where region_code = $1 and at >= (now() at time zone 'Asia/Shanghai')::date::timestamp at time zone 'Asia/Shanghai'",
      [R],
    ),
    workYear: workYearOf(
      await one('select max(year) n from calendar_milestone where region_code = $1 and cancelled_at is null', [R]),
    ),
  };
}

describe('home page counts', () => {
  it('finance sees the region, a department user its department, a unit user its unit', async () => {
    const dept = (
      await t.database.pool.query(
        "select id, code from org_unit where region_code = $1 and kind = 'department' order by code limit 1",
        [R],
      )
    ).rows[0];
    const unit = (
      await t.database.pool.query(
        "select id, code from org_unit where region_code = $1 and kind = 'budgetUnit' and department_id = $2 order by code limit 1",
        [R, dept.id],
      )
    ).rows[0];
    const cases: [string, string, unknown[]][] = [
      ['finance', 'o.region_code = $1', [R]],
      [`d${dept.code}`, 'o.region_code = $1 and o.department_id = $2', [R, dept.id]],
      [`u${unit.code}`, 'o.region_code = $1 and o.id = $2', [R, unit.id]],
    ];
    for (const [user, where, params] of cases) {
      const client = await t.as(user);
      const res = await client.get('/api/dashboard/home');
      expect(res.statusCode).toBe(200);
      // Counted after the login, whose audit row is one of today's events.
      expect(res.json()).toEqual(await expected(where, params));
    }
    const region = await expected('o.region_code = $1', [R]);
    expect(region.budgetUnits).toBeGreaterThan(60);
    // The demo district lays out its 2025 work calendar.
    expect(region.workYear).toBe(2025);
  });
});
