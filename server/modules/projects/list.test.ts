import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { testDriver } from '../../test/db';
import { buildProject, financeCtx, orgByCode } from '../../test/factories';
import * as indicators from '../indicators/repo';
import { visibility } from '../indicators/service';
import { listProjects } from './repo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface ProjectPage {
  total: number;
  totalCapped: boolean;
  /** Never null here: only a keyword search with more than the cap leaves the sums out. */
  sums: { requested: number; approved: number; adjusted: number };
  items: { id: number; code: string; name: string }[];
}
interface IndicatorPage {
  total: number;
  items: { id: number; name: string }[];
}

// One session per user for the whole file (logins are rate limited).
const clients = new Map<string, Client>();
async function as(user: string) {
  const known = clients.get(user);
  if (known) return known;
  const client = await t.as(user);
  clients.set(user, client);
  return client;
}

async function projectsOf(user: string, query: string) {
  const res = await (await as(user)).get(`/api/projects?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as ProjectPage;
}

describe('project list totals and search', () => {
  it('keeps the cached totals in step with every insert, update and delete of the region’s projects', async () => {
    const unit = await orgByCode(t.database.db, '101001');
    const before = await projectsOf('finance', 'year=2025&page=1&pageSize=5');
    // Written straight to the table (no service): the statement trigger must still move the list's stamp.
    const p = await buildProject(t.database.db, {
      unitId: unit.id,
      departmentId: unit.departmentId,
      requestedAmount: 12_345_600,
    });
    const added = await projectsOf('finance', 'year=2025&page=1&pageSize=5');
    expect(added.total).toBe(before.total + 1);
    expect(added.sums.requested).toBe(before.sums.requested + 12_345_600);
    await t.database.db.execute(sql`update project set adjusted_amount = adjusted_amount + 700 where id = ${p.id}`);
    const updated = await projectsOf('finance', 'year=2025&page=1&pageSize=5');
    expect(updated.sums.adjusted).toBe(added.sums.adjusted + 700);
    await t.database.db.execute(sql`delete from project where id = ${p.id}`);
    const after = await projectsOf('finance', 'year=2025&page=1&pageSize=5');
    expect(after.total).toBe(before.total);
    expect(after.sums).toEqual(before.sums);
  });

  // Needs two sessions at once: PGlite is one session, so there commits cannot interleave.
  it.runIf(testDriver === 'postgres')(
    'counts a write that commits after a later one (out-of-order commits)',
    async () => {
      const { rows } = await t.database.pool.query<{ id: number }>(
        `select id from project where year = 2025 and adjusted_amount is not null order by id limit 2`,
      );
      const before = await projectsOf('finance', 'year=2025&page=1&pageSize=5');
      const early = await t.database.pool.connect();
      try {
        await early.query('begin');
        await early.query('update project set adjusted_amount = adjusted_amount + 700 where id = $1', [rows[0].id]);
        // a later statement takes a higher version and commits first; the totals are computed and cached then
        await t.database.pool.query('update project set adjusted_amount = adjusted_amount + 1 where id = $1', [
          rows[1].id,
        ]);
        const mid = await projectsOf('finance', 'year=2025&page=1&pageSize=5');
        expect(mid.sums.adjusted).toBe(before.sums.adjusted + 1);
        await early.query('commit');
      } finally {
        early.release();
      }
      const after = await projectsOf('finance', 'year=2025&page=1&pageSize=5');
      expect(after.sums.adjusted).toBe(before.sums.adjusted + 701);
    },
  );

  it('pages through the same order as one long page', async () => {
    const long = await projectsOf('finance', 'page=1&pageSize=10');
    const first = await projectsOf('finance', 'page=1&pageSize=5');
    const second = await projectsOf('finance', 'page=2&pageSize=5');
    expect(long.items.length).toBe(10);
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(long.items.map((i) => i.id));
    expect(second.total).toBe(long.total);
  });

  it('cuts the same keyword pages from the cached matches as one long page', async () => {
    const q = `q=${encodeURIComponent('项目')}`;
    const a = await projectsOf('finance', `${q}&page=1&pageSize=5`);
    const b = await projectsOf('finance', `${q}&page=2&pageSize=5`);
    const all = await projectsOf('finance', `${q}&page=1&pageSize=200`);
    expect(all.total).toBeGreaterThan(10);
    expect(all.items.every((i) => `${i.name}${i.code}`.includes('项目'))).toBe(true);
    expect([...a.items, ...b.items].map((i) => i.id)).toEqual(all.items.slice(0, 10).map((i) => i.id));
  });

  it('counts and sums a keyword search exactly up to the cap; above it gives the cap, no sums and the same pages', async () => {
    const { db } = t.database;
    const { actor } = await financeCtx(db);
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n, coalesce(sum(requested_amount), 0)::float8 as requested,
              coalesce(sum(adjusted_amount), 0)::float8 as adjusted
         from project where region_code = $1 and (name ilike '%项目%' or code ilike '%项目%')`,
      [actor.regionCode],
    );
    const { n, requested, adjusted } = rows[0];
    expect(n).toBeGreaterThan(10);
    const api = await projectsOf('finance', `q=${encodeURIComponent('项目')}&page=1&pageSize=10`);
    expect(api).toMatchObject({ total: n, totalCapped: false, sums: { requested, adjusted } });
    const q = { q: '项目', page: 1, pageSize: 10 };
    expect(await listProjects(db, actor, q, false, n)).toMatchObject({ total: n, totalCapped: false });
    const over = await listProjects(db, actor, q, false, n - 1);
    expect(over).toMatchObject({ total: n - 1, totalCapped: true, sums: null });
    expect(over.items.map((i) => i.id)).toEqual(api.items.map((i) => i.id));
    const second = await listProjects(db, actor, { ...q, page: 2, pageSize: 5 }, false, 3);
    expect(second.items.map((i) => i.id)).toEqual(api.items.slice(5, 10).map((i) => i.id));
    // Pages past the first 200 matches of a capped word walk the list order ('4': about half of the demo projects).
    const ids = async (page: number, cap: number) =>
      (await listProjects(db, actor, { q: '4', page, pageSize: 20 }, false, cap)).items.map((i) => i.id);
    const deep = await ids(11, 5_000);
    expect(deep.length).toBe(20);
    expect(await ids(11, 3)).toEqual(deep);
    expect(await ids(1, 3)).toEqual(await ids(1, 5_000));
  });

  it('gives each scope its own totals', async () => {
    const region = await projectsOf('finance', 'year=2025&page=1&pageSize=5');
    const own = await projectsOf('unit', 'year=2025&page=1&pageSize=5');
    expect(own.total).toBeGreaterThan(0);
    expect(own.total).toBeLessThan(region.total);
  });

  it('finds one- and two-character and case-insensitive substrings, literally, in name or code', async () => {
    const unit = await orgByCode(t.database.db, '101001');
    const p = await buildProject(t.database.db, {
      unitId: unit.id,
      departmentId: unit.departmentId,
      name: '测试跨河桥梁维修',
      code: 'QX-Ab%9',
    });
    const codes = async (q: string) =>
      (await projectsOf('finance', `q=${encodeURIComponent(q)}&page=1&pageSize=50`)).items.map((i) => i.code);
    expect(await codes('桥')).toContain(p.code);
    expect(await codes('桥梁维')).toContain(p.code);
    expect(await codes('qx-ab')).toContain(p.code);
    expect(await codes('b%9')).toContain(p.code);
    expect(await codes('维桥')).not.toContain(p.code);
    expect(await codes('a_%')).not.toContain(p.code);
    const found = await projectsOf('finance', `q=${encodeURIComponent('跨河桥梁')}&page=1&pageSize=50`);
    expect(found.total).toBe(1);
  });
});

describe('indicator library search', () => {
  it('counts per visibility and follows new rows', async () => {
    const list = async (user: string, q: string) => {
      const res = await (await as(user)).get(`/api/indicators?year=2025&q=${encodeURIComponent(q)}&page=1&pageSize=20`);
      expect(res.statusCode).toBe(200);
      return res.json() as IndicatorPage;
    };
    const finance = await list('finance', '率');
    const unit = await list('unit', '率');
    expect(finance.total).toBeGreaterThan(0);
    expect(finance.items.every((i) => i.name.includes('率'))).toBe(true);
    await t.database.db.execute(sql`insert into library_indicator (region_code, year, layer, level1, level2, name,
      operator, unit, status) values ('420102', 2025, 'common', 'output', 'quality', '测试专用抽检合格率', '≥', '%',
      'proposed')`);
    expect((await list('finance', '率')).total).toBe(finance.total + 1);
    expect((await list('unit', '率')).total).toBe(unit.total);
    const exact = await list('finance', '抽检合格');
    expect(exact.items.map((i) => i.name)).toContain('测试专用抽检合格率');
  });

  it('pages a library word the same from its cached matches as by ILIKE alone (a common word), with the same total', async () => {
    const { db } = t.database;
    const { actor } = await financeCtx(db);
    const q = { year: 2025, q: '率' };
    const v = visibility(actor);
    const list = (page: number, commonAbove: number) =>
      indicators.listIndicators(db, {
        regionCode: actor.regionCode,
        where: indicators.listWhere(actor.regionCode, q, v),
        commonWhere: indicators.listWhere(actor.regionCode, q, v, false),
        totalsKey: 'common-test',
        page,
        pageSize: 5,
        commonAbove,
      });
    const ids = async (page: number, commonAbove: number) => (await list(page, commonAbove)).items.map((i) => i.id);
    const first = await list(1, 100_000);
    expect(first.items.length).toBe(5);
    expect(
      first.items.every((i) => i.name.includes('率') || i.industry.includes('率') || i.category.includes('率')),
    ).toBe(true);
    expect((await list(1, 0)).total).toBe(first.total);
    expect(await ids(1, 0)).toEqual(first.items.map((i) => i.id));
    expect(await ids(3, 0)).toEqual(await ids(3, 100_000));
  });
});
