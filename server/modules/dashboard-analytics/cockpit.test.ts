import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const R = '420102';
/** Independent SQL for each loop step of work year y (written here, not imported from the module). */
async function expectedLoop(y: number) {
  const one = async (text: string) => (await t.database.pool.query(text, [R, y])).rows[0].n as number;
  return {
    projects: await one(
      "select count(*)::int n from project where region_code = $1 and year = $2 and status <> 'draft'",
    ),
    assessed: await one(
      "select count(distinct project_id)::int n from ex_ante_assessment where region_code = $1 and year = $2 and status = 'concluded'",
    ),
    targetsApproved: await one(
      "select count(distinct project_id)::int n from performance_target where region_code = $1 and year = $2 and is_current and status = 'approved'",
    ),
    monitored: await one(
      "select count(distinct project_id)::int n from monitoring_entry where region_code = $1 and year = $2 and status <> 'draft'",
    ),
    selfEvaluated: await one(
      "select count(distinct project_id)::int n from self_evaluation where region_code = $1 and year = $2 - 1 and status <> 'draft'",
    ),
    reviewed: await one(
      'select count(distinct s.project_id)::int n from review_sample s join review_batch b on b.id = s.batch_id where s.region_code = $1 and b.work_year = $2',
    ),
    keyEvaluated: await one(
      "select count(*)::int n from key_evaluation where region_code = $1 and year = $2 and stage <> 'cancelled'",
    ),
    rectified: await one(
      "select count(*)::int n from rectification_item where region_code = $1 and year = $2 and status = 'closed'",
    ),
  };
}

type Step = {
  key: keyof Awaited<ReturnType<typeof expectedLoop>>;
  objectYear: number;
  value: number;
  previous: number;
  link: { path: string; query: Record<string, unknown> };
  previousLink: { path: string; query: Record<string, unknown> };
};

describe('cockpit loop (work year beside the previous one)', () => {
  it('every bar of 2025 and of 2024 equals an independent count over the rows', async () => {
    const leader = await t.as('leader');
    const steps: Step[] = (await leader.get('/api/dashboard/cockpit?year=2025')).json().funnel;
    const now = await expectedLoop(2025);
    const before = await expectedLoop(2024);
    expect(steps.map((s) => [s.key, s.value, s.previous])).toEqual(
      steps.map((s) => [s.key, now[s.key], before[s.key]]),
    );
    // The demo's 2025 work reviews 2024 self-evaluations: the loop is not empty past monitoring.
    expect(now.selfEvaluated).toBeGreaterThan(0);
    expect(now.reviewed).toBeGreaterThan(0);
  });

  it('links lead to the list of the year each bar counts; self-evaluation and review look back one year', async () => {
    const leader = await t.as('leader');
    const steps: Step[] = (await leader.get('/api/dashboard/cockpit?year=2025')).json().funnel;
    const by = Object.fromEntries(steps.map((s) => [s.key, s]));
    expect(by.projects.link).toEqual({ path: '/projects', query: { year: 2025 } });
    expect(by.projects.previousLink).toEqual({ path: '/projects', query: { year: 2024 } });
    expect(by.selfEvaluated.objectYear).toBe(2024);
    expect(by.selfEvaluated.link).toEqual({ path: '/evaluation/self-evaluations', query: { year: 2024 } });
    expect(by.reviewed.previousLink.query.year).toBe(2023);
    expect(by.rectified.link).toEqual({ path: '/rectification', query: { year: 2025, status: 'closed' } });
  });

  it('each agency score links to the agency page (the registry would ignore a year)', async () => {
    const leader = await t.as('leader');
    const agencies: { agencyId: number; link: unknown }[] = (
      await leader.get('/api/dashboard/cockpit?year=2025')
    ).json().agencies;
    expect(agencies.length).toBeGreaterThan(0);
    for (const a of agencies) expect(a.link).toEqual({ path: `/agencies/${a.agencyId}`, query: {} });
  });

  it('a new row moves its bar: closing a rectification item adds one to 整改销号', async () => {
    const leader = await t.as('leader');
    const value = async () =>
      ((await leader.get('/api/dashboard/cockpit?year=2025')).json().funnel as Step[]).find(
        (s) => s.key === 'rectified',
      )?.value;
    const before = await value();
    const { rowCount } = await t.database.pool.query(
      "update rectification_item set status = 'closed' where id = (select min(id) from rectification_item where region_code = $1 and year = 2025 and status <> 'closed')",
      [R],
    );
    expect(rowCount).toBe(1);
    expect(await value()).toBe((before ?? 0) + 1);
  });

  it("a department's red-warning link names the filters the warnings list reads: it lists exactly those reds", async () => {
    const leader = await t.as('leader');
    const { warnings } = (await leader.get('/api/dashboard/cockpit?year=2025')).json() as {
      warnings: {
        departmentId: number;
        red: number;
        yellow: number;
        link: { query: Record<string, string | number> };
      }[];
    };
    const dept = warnings.find((w) => w.red > 0 && w.yellow > 0);
    if (!dept) throw new Error('the demo has no department with red and yellow warnings in 2025');
    const query = new URLSearchParams(Object.entries(dept.link.query).map(([k, v]) => [k, String(v)]));
    const res = await leader.get(`/api/monitoring/warnings?${query}`);
    expect(res.statusCode).toBe(200);
    const rows: { departmentId: number; warningColor: string }[] = res.json().rows;
    expect(rows.map((r) => [r.departmentId, r.warningColor])).toEqual(
      Array.from({ length: dept.red }, () => [dept.departmentId, 'red']),
    );
  });

  it('other roles than finance, admin and leader get 403', async () => {
    for (const role of ['unit', 'department'] as const) {
      expect((await (await t.as(role)).get('/api/dashboard/cockpit?year=2025')).statusCode).toBe(403);
    }
  });
});
