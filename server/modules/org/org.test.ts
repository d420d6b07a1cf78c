import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '../../../core/business-time';
import { createTestApp, type TestApp } from '../../test/app';
import { multipart } from '../../test/multipart';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function orgCount() {
  const { rows } = await t.database.pool.query('select count(*)::int as n from org_unit');
  return rows[0].n as number;
}

async function xlsx(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('机构');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HEADER = ['类型', '编码', '名称', '上级编码', '简称', '排序'];

describe('org tree and scoping', () => {
  it("fiscal years mark the work year: the last laid-out calendar year, not yet the clock's 2026", async () => {
    const unit = await t.as('unit');
    const rows = (await unit.get('/api/org/fiscal-years')).json() as { year: number; workYear: boolean }[];
    expect(rows.map((r) => r.year)).toEqual([2024, 2025, 2026]);
    // The demo lays out the 2025 calendar only; on any date from 2025 on, the region still works in 2025.
    expect(rows.filter((r) => r.workYear).map((r) => r.year)).toEqual([2025]);
    const admin = await t.as('admin');
    await t.database.pool.query("update calendar_milestone set cancelled_at = now() where region_code = '420102'");
    const after = (await admin.get('/api/org/fiscal-years')).json() as { year: number; workYear: boolean }[];
    // With no calendar left, the work year is the business year of today (2026 on the session's date, or later).
    const thisYear = Number(businessDate().slice(0, 4));
    expect(after.filter((r) => r.workYear).map((r) => r.year)).toEqual(
      after.some((r) => r.year === thisYear) ? [thisYear] : [],
    );
  });

  it('finance sees the whole district: ~20 departments and 72 budget units', async () => {
    const finance = await t.as('finance');
    const units = (await finance.get('/api/org/units')).json() as { kind: string }[];
    expect(units.filter((u) => u.kind === 'budgetUnit')).toHaveLength(72);
    expect(units.filter((u) => u.kind === 'department').length).toBeGreaterThanOrEqual(18);
  });

  it('a unit user sees only its own unit and gets 404 for another one', async () => {
    const unit = await t.as('unit');
    const mine = (await unit.get('/api/org/units')).json() as { id: number }[];
    expect(mine).toHaveLength(1);
    const { rows } = await t.database.pool.query(
      "select id from org_unit where kind = 'budgetUnit' and id <> $1 limit 1",
      [mine[0].id],
    );
    const other = await unit.get(`/api/org/units/${rows[0].id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('NOT_FOUND');
  });

  it('a department user sees itself and its own units only', async () => {
    const dept = await t.as('department');
    const units = (await dept.get('/api/org/units')).json() as { departmentId: number }[];
    expect(units.length).toBeGreaterThan(1);
    expect(new Set(units.map((u) => u.departmentId)).size).toBe(1);
  });

  it('a unit user cannot change org data: 403 and nothing written', async () => {
    const unit = await t.as('unit');
    const before = await orgCount();
    const res = await unit.post('/api/org/units', {
      kind: 'department',
      parentId: null,
      code: '999',
      name: '越权部门',
    });
    expect(res.statusCode).toBe(403);
    expect(await orgCount()).toBe(before);
  });

  it('exports the tree and imports the same file back (round trip, nothing changes but versions)', async () => {
    const admin = await t.as('admin');
    const exported = await admin.get('/api/org/export');
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const before = await orgCount();
    const res = await admin.request(multipart('/api/org/import', exported.rawPayload, 'org.xlsx'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 0, updated: before - 1 - (await externalCount()) });
    expect(await orgCount()).toBe(before);
  });

  it('imports new rows all-or-nothing with per-row errors', async () => {
    const admin = await t.as('admin');
    const before = await orgCount();
    const bad = await xlsx([
      HEADER,
      ['主管部门', '301', '区新设局', '', '新设局', 1],
      ['预算单位', '301001', '区新设局机关', '301', '', 1],
      ['预算单位', '999001', '孤儿单位', '999', '', ''],
      ['科室', '302', 'x', '', '', ''],
    ]);
    const res = await admin.request(multipart('/api/org/import', bad, 'bad.xlsx'));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('IMPORT_ROW_INVALID');
    expect(body.details.errors.map((e: { row: number }) => e.row).sort()).toEqual([5]);
    expect(await orgCount()).toBe(before);

    const missingParent = await xlsx([
      HEADER,
      ['主管部门', '301', '区新设局', '', '新设局', 1],
      ['预算单位', '999001', '孤儿单位', '999', '', ''],
    ]);
    const res2 = await admin.request(multipart('/api/org/import', missingParent, 'bad2.xlsx'));
    expect(res2.json().details.errors).toEqual([
      { row: 3, column: '上级编码', message: '上级主管部门编码 999 不存在' },
    ]);
    expect(await orgCount()).toBe(before);

    const good = await xlsx([
      HEADER,
      ['主管部门', '301', '区新设局', '', '新设局', 1],
      ['预算单位', '301001', '区新设局机关', '301', '', 1],
    ]);
    const ok = await admin.request(multipart('/api/org/import', good, 'good.xlsx'));
    expect(ok.json()).toEqual({ created: 2, updated: 0 });
    expect(await orgCount()).toBe(before + 2);
  });

  it('refuses a non-xlsx file and wrong columns with a clear message', async () => {
    const admin = await t.as('admin');
    const txt = await admin.request(multipart('/api/org/import', Buffer.from('hello'), 'a.xlsx'));
    expect(txt.statusCode).toBe(400);
    expect(txt.json()).toMatchObject({ code: 'BAD_FILE', message: '文件不是有效的 Excel（.xlsx）文件' });
    const wrongCols = await admin.request(
      multipart(
        '/api/org/import',
        await xlsx([
          ['名称', '编码'],
          ['x', '1'],
        ]),
        'b.xlsx',
      ),
    );
    expect(wrongCols.json().code).toBe('BAD_FILE');
    expect(wrongCols.json().message).toContain('表头与模板不一致');
  });
});

async function externalCount() {
  const { rows } = await t.database.pool.query("select count(*)::int as n from org_unit where kind = 'external'");
  return rows[0].n as number;
}
