import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/password';
import { createTestApp, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/db';
import { generateScale, type ScaleSpec } from './generate';

const spec: ScaleSpec = {
  regions: 2,
  departmentsPerRegion: 2,
  unitsPerDepartment: 3,
  projectsPerRegion: 30,
  libraryPerRegion: 250,
};
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(async () => t?.close());

async function countsByRegion(table: string) {
  const res = await t.database.db.execute(
    sql.raw(`SELECT region_code, count(*)::int AS n FROM ${table} WHERE region_code LIKE '43%' GROUP BY 1 ORDER BY 1`),
  );
  return res.rows.map((r) => [r.region_code, Number(r.n)]);
}

describe('scale generator', () => {
  it('fills every table per region with set-based SQL, deterministically, and skips a rerun', async () => {
    const passwordHash = await hashPassword(TEST_PASSWORD);
    const report = await generateScale(t.database.db, { spec, seed: 7, passwordHash });
    expect(report.codes).toEqual(['430001', '430002']);
    const both = (n: number) => [
      ['430001', n],
      ['430002', n],
    ];
    expect(await countsByRegion('org_unit')).toEqual(both(1 + 2 + 6));
    expect(await countsByRegion('app_user')).toEqual(both(1 + 6));
    const carried = `project_kind IN ('recurring', 'continuing')`;
    const n2026 = await countsByRegion(`(SELECT * FROM project WHERE year = 2025 AND ${carried}) carried`);
    const withPlanned = n2026.map(([code, n]) => [code, 30 + Number(n)]);
    expect(await countsByRegion('project')).toEqual(withPlanned);
    expect(await countsByRegion('performance_target')).toEqual(both(30));
    // Carry-over: every 2026 project continues a recurring/continuing 2025 project of the same unit and name; each
    // unit's carried 2025 projects follow its 2024 projects one to one, as many as both years allow.
    const links = await t.database.db.execute(
      sql.raw(`SELECT
         (SELECT count(*) FROM project n JOIN project p ON p.id = n.previous_project_id
           WHERE n.year = 2026 AND n.region_code LIKE '43%' AND p.year = 2025 AND p.unit_id = n.unit_id AND p.name = n.name AND p.${carried})::int AS planned,
         (SELECT count(*) FROM project WHERE year = 2026 AND region_code LIKE '43%')::int AS planned_all,
         (SELECT count(DISTINCT n.previous_project_id) FROM project n JOIN project p ON p.id = n.previous_project_id
           WHERE n.year = 2025 AND n.region_code LIKE '43%' AND p.year = 2024 AND p.unit_id = n.unit_id)::int AS linked,
         (SELECT count(*) FROM project WHERE year = 2025 AND previous_project_id IS NOT NULL
             AND region_code LIKE '43%')::int AS linked_all,
         (SELECT sum(least(a.n, b.n)) FROM
            (SELECT unit_id, count(*) AS n FROM project WHERE year = 2024 AND region_code LIKE '43%' GROUP BY 1) a JOIN
            (SELECT unit_id, count(*) AS n FROM project WHERE year = 2025 AND ${carried} AND region_code LIKE '43%'
              GROUP BY 1) b USING (unit_id))::int AS pairs`),
    );
    const l = links.rows[0];
    expect(l.planned).toBe(l.planned_all);
    expect(l.planned_all).toBe(n2026.reduce((sum, [, n]) => sum + Number(n), 0));
    expect(l.linked).toBe(l.linked_all);
    expect(l.linked).toBe(l.pairs);
    expect(Number(l.pairs)).toBeGreaterThan(0);
    expect(await countsByRegion('target_indicator')).toEqual(both(240));
    expect(await countsByRegion('monitoring_round')).toEqual(both(3));
    expect(await countsByRegion('monitoring_entry')).toEqual(both(20 * 3));
    expect(await countsByRegion('monitoring_indicator')).toEqual(both(20 * 3 * 8));
    expect(await countsByRegion('self_evaluation')).toEqual(both(10));
    expect(await countsByRegion('self_evaluation_indicator')).toEqual(both(80));
    expect(await countsByRegion('review_batch')).toEqual(both(1));
    expect(await countsByRegion('library_indicator')).toEqual(both(250));
    const library = await t.database.db.execute(
      sql.raw(`SELECT count(DISTINCT coalesce(field_code, '') || '|' || name)::int AS keys,
                      count(*) FILTER (WHERE status = 'enabled')::int AS enabled
               FROM library_indicator WHERE region_code = '430001'`),
    );
    // Variants keep field|name unique (the import's duplicate rule) and most rows are enabled.
    expect(Number(library.rows[0]?.keys)).toBe(250);
    expect(Number(library.rows[0]?.enabled)).toBeGreaterThan(200);
    const amounts = await t.database.db.execute(
      sql.raw(
        `SELECT region_code, sum(approved_amount)::text AS s FROM project WHERE region_code LIKE '43%' GROUP BY 1 ORDER BY 1`,
      ),
    );
    // Amounts come from hashtext(seed:key), not from ids or the clock: the same seed gives the same figures.
    expect(amounts.rows).toEqual([
      { region_code: '430001', s: '6665000000' },
      { region_code: '430002', s: '8069000000' },
    ]);
    const steps = new Map(report.steps.map((s) => [s.table, s.rows]));
    expect(steps.get('review_finding')).toBeGreaterThanOrEqual(steps.get('review_sample') ?? 0);
    expect(report.steps.every((s) => s.rows >= 0 && s.seconds >= 0)).toBe(true);
    const again = await generateScale(t.database.db, { spec, seed: 7, passwordHash });
    expect(again.skipped).toBe(true);
    expect(await countsByRegion('project')).toEqual(withPlanned);
  }, 20_000);

  it('scopes a generated region’s finance user to its own region', async () => {
    const f = await t.as('f430002');
    const list = await f.get('/api/projects?year=2025&page=1&pageSize=50');
    expect(list.statusCode).toBe(200);
    const body = list.json() as { total: number; items: { code: string; unitId: number }[] };
    expect(body.total).toBe(20);
    const units = await t.database.db.execute(
      sql.raw(`SELECT id FROM org_unit WHERE region_code = '430002' AND kind = 'budgetUnit'`),
    );
    const own = new Set(units.rows.map((r) => Number(r.id)));
    expect(body.items.every((p) => own.has(p.unitId))).toBe(true);
    expect((await f.get('/api/monitoring/rounds?year=2025')).statusCode).toBe(200);
    const unit = await t.as('u430001_101001');
    const mine = (await unit.get('/api/projects?year=2024&page=1&pageSize=50')).json() as { total: number };
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.total).toBeLessThan(10);
    const demo = (await (await t.as('finance')).get('/api/projects?year=2025&page=1&pageSize=5')).json() as {
      items: { code: string }[];
    };
    expect(demo.items.some((p) => p.code.startsWith('XM2025'))).toBe(false);
  });
});
