import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { financeCtx } from '../../test/factories';
import { multipart } from '../../test/multipart';
import { importProjects, PROJECT_IMPORT_MAX_ROWS } from './import';
import { assertRowLimit } from './import-limit';

let t: TestApp;
let finance: Client;
let unit: Client;
let HEADERS: string[];
let own: { id: number; code: string; name: string; departmentName: string };
let other: { name: string; departmentName: string };
let sibling: { name: string; departmentName: string };
let field: { code: string; name: string };

/** Cells of the first sheet as text rows (header included). */
async function cellsOf(buf: Buffer | Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0].eachRow((row) => {
    out.push(HEADERS.map((_, i) => String(row.getCell(i + 1).value ?? '')));
  });
  return out;
}

async function sheet(rows: (string | number)[][], headers = HEADERS, edit?: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目库');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A row in sheet order; `o` overrides cells by header. */
function row(o: Record<string, string | number> = {}) {
  const base: Record<string, string | number> = {
    年度: 2031,
    项目编码: '',
    项目名称: '社区养老服务补助',
    主管部门: '',
    预算单位: own.name,
    重点领域: field.name,
    预算类型: '一般公共预算',
    项目类型: '一次性项目',
    '新增/延续': '新增',
    '申报金额（万元）': '12.5',
    开始年度: '',
    结束年度: '',
    '项目总金额（万元）': '',
  };
  const v = { ...base, ...o };
  return HEADERS.map((h) => v[h] ?? '');
}

const count = async (sql: string) => Number((await t.database.pool.query(sql)).rows[0].n);
const projectCount = () => count('select count(*) as n from project');
const importAs = (c: Client, file: Buffer, name = 'p.xlsx') => c.request(multipart('/api/projects/import', file, name));

beforeAll(async () => {
  t = await createTestApp();
  finance = await t.as('finance');
  unit = await t.as('unit');
  const template = await unit.get('/api/projects/import-template');
  expect(template.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
  HEADERS = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1).map(String);
  const me = (await unit.get('/api/auth/me')).json();
  const units = (
    await t.database.pool.query(
      `select u.id, u.code, u.name, u.department_id, d.name as dept from org_unit u join org_unit d on d.id = u.department_id
       where u.kind = 'budgetUnit' and u.region_code = '420102' order by u.id`,
    )
  ).rows as { id: number; code: string; name: string; department_id: number; dept: string }[];
  const mine = units.find((u) => u.id === me.orgId);
  if (!mine) throw new Error('unit user has no budget unit');
  own = { id: mine.id, code: mine.code, name: mine.name, departmentName: mine.dept };
  const o = units.find((u) => u.department_id !== mine.department_id);
  const s = units.find((u) => u.department_id === mine.department_id && u.id !== mine.id);
  if (!o || !s) throw new Error('demo lacks units');
  other = { name: o.name, departmentName: o.dept };
  sibling = { name: s.name, departmentName: s.dept };
  field = (await t.database.pool.query(`select code, name from field where region_code = '420102' limit 1`)).rows[0];
});
afterAll(async () => t.close());

describe('project library import (项目库导入)', () => {
  it('the template has the export columns; leaders and experts get no template', async () => {
    const exported = await finance.get('/api/projects/export?year=2031');
    expect((await cellsOf(exported.rawPayload))[0]).toEqual(HEADERS);
    expect(HEADERS).toContain('开始年度');
    expect((await (await t.as('leader')).get('/api/projects/import-template')).statusCode).toBe(403);
    expect((await (await t.as('expert')).get('/api/projects/import-template')).statusCode).toBe(403);
  });

  it('bad rows get per-row Chinese errors and nothing is written', async () => {
    const existing = (await finance.get('/api/projects?year=2025&pageSize=1')).json().items[0];
    const file = await sheet([
      row({ 项目编码: 'IMP-DUP-1' }),
      row({ 项目编码: 'IMP-DUP-1' }),
      row({ 年度: 2025, 项目编码: existing.code, 开始年度: 2025 }),
      row({ '申报金额（万元）': '0' }),
      row({ '申报金额（万元）': '20000000', '项目总金额（万元）': '20000000' }),
      row({ 预算单位: '不存在的单位' }),
      row({ 重点领域: '星际旅行' }),
      row({ 预算类型: '其他预算' }),
      row({ 项目类型: 'forever' }),
      row({ 开始年度: 2032, 结束年度: 2030 }),
      row({ 年度: 2031, 开始年度: 2028, 结束年度: 2029 }),
      row({ 年度: '31年' }),
      row({ '申报金额（万元）': '-3' }),
      row({ 主管部门: '不相干的部门' }),
      row({ 重点领域: '', '申报金额（万元）': '', 项目名称: '' }),
      row({ '申报金额（万元）': '12.3456789' }),
    ]);
    const before = await projectCount();
    const res = await importAs(unit, file);
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json();
    expect(body.code).toBe('IMPORT_ROW_INVALID');
    const errs = body.details.errors as { row: number; column?: string; message: string }[];
    const at = (r: number) => errs.filter((e) => e.row === r).map((e) => `${e.column}:${e.message}`);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(['项目编码:与第 2 行项目编码重复']);
    expect(at(4)).toEqual([`项目编码:2025年度已存在项目编码“${existing.code}”`]);
    expect(at(5)).toEqual(['申报金额（万元）:金额必须大于 0']);
    expect(at(6)).toContain('申报金额（万元）:金额超出上限（1000亿元）');
    expect(at(7)[0]).toMatch(/^预算单位:预算单位“不存在的单位”不存在/);
    expect(at(8)).toEqual(['重点领域:重点领域“星际旅行”不存在']);
    expect(at(9)[0]).toMatch(/^预算类型:预算类型“其他预算”不正确/);
    expect(at(10)[0]).toMatch(/^项目类型:项目类型“forever”不正确/);
    expect(at(11)).toEqual(['结束年度:结束年度不能早于开始年度']);
    expect(at(12)).toEqual(['年度:年度应在项目实施期限（2028—2029年）内']);
    expect(at(13)).toEqual(['年度:应为四位年度数字，如 2026']);
    expect(at(14)).toEqual(['申报金额（万元）:金额不能为负数']);
    expect(at(15)[0]).toMatch(/^主管部门:主管部门与预算单位不一致/);
    expect(at(16)).toEqual(['重点领域:不能为空', '申报金额（万元）:不能为空', '项目名称:不能为空']);
    expect(at(17)).toEqual(['申报金额（万元）:金额应为万元数字，最多 6 位小数']);
    expect(body.message).toContain('未导入任何数据');
    expect(await projectCount()).toBe(before);
  });

  it('scoping: a unit imports only for itself, a department for its units, finance for the region', async () => {
    const before = await projectCount();
    const forOther = await importAs(unit, await sheet([row({ 预算单位: other.name })]));
    expect(forOther.json().details.errors[0].message).toContain('不能为本单位（部门）以外的预算单位');
    const forSibling = await importAs(unit, await sheet([row({ 预算单位: sibling.name })]));
    expect(forSibling.json().code).toBe('IMPORT_ROW_INVALID');
    const dept = await t.as('department');
    const deptOther = await importAs(dept, await sheet([row({ 预算单位: other.name })]));
    expect(deptOther.json().code).toBe('IMPORT_ROW_INVALID');
    expect(await projectCount()).toBe(before);
    expect((await importAs(await t.as('leader'), await sheet([row()]))).statusCode).toBe(403);

    const deptOk = await importAs(dept, await sheet([row({ 预算单位: sibling.name, 项目名称: '部门导入项目' })]));
    expect(deptOk.statusCode, deptOk.body).toBe(200);
    const finOk = await importAs(finance, await sheet([row({ 预算单位: other.name, 项目名称: '财政导入项目' })]));
    expect(finOk.statusCode, finOk.body).toBe(200);
    expect(await projectCount()).toBe(before + 2);
  });

  it('a blank unit means the clerk’s own unit; blank codes are generated; one audit event, one step per project', async () => {
    const audits = () => count(`select count(*) as n from audit_event where entity = 'projectLibrary'`);
    const [a0, p0] = [await audits(), await projectCount()];
    const res = await importAs(
      unit,
      await sheet([row({ 预算单位: '', 项目名称: '自动编码甲' }), row({ 项目名称: '自动编码乙', 项目编码: '' })]),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 2, generatedCodes: 2 });
    expect(await audits()).toBe(a0 + 1);
    expect(await projectCount()).toBe(p0 + 2);
    const list = (await unit.get('/api/projects?year=2031&q=自动编码')).json().items as { id: number; code: string }[];
    expect(list.map((p) => p.code).sort()).toEqual([`2031-${own.code}-001`, `2031-${own.code}-002`]);
    const detail = (await unit.get(`/api/projects/${list[0].id}`)).json();
    expect(detail.status).toBe('draft');
    expect(detail.steps).toMatchObject([{ toStatus: 'draft', reason: '导入项目' }]);
  });
});

describe('project sheet round trip', () => {
  let fresh: TestApp;
  beforeAll(async () => {
    fresh = await createTestApp();
  });
  afterAll(async () => fresh.close());

  it('export → import into a fresh database → export gives the same rows', async () => {
    const rows = [
      { code: 'RT-2033-001', name: '校舍维修改造', kind: 'oneOff', start: 2033, end: 2033, total: 1_234_500_000 },
      { code: 'RT-2033-002', name: '=危房鉴定', kind: 'continuing', start: 2032, end: 2035, total: 9_000_000_000 },
      { code: 'RT-2033-003', name: '学生资助', kind: 'recurring', start: 2030, end: 2040, total: 5_000_000_000 },
    ];
    for (const r of rows) {
      const res = await unit.post('/api/projects', {
        year: 2033,
        code: r.code,
        name: r.name,
        fieldCode: field.code,
        budgetType: r.kind === 'recurring' ? 'governmentFund' : 'general',
        projectKind: r.kind,
        isNew: r.kind === 'oneOff',
        startYear: r.start,
        endYear: r.end,
        totalAmount: r.total,
        requestedAmount: 123_456_789,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const first = await unit.get('/api/projects/export?year=2033');
    const firstRows = await cellsOf(first.rawPayload);
    expect(firstRows).toHaveLength(4);
    expect(firstRows[2][HEADERS.indexOf('项目名称')]).toBe("'=危房鉴定");
    const freshUnit = await fresh.as('unit');
    const imported = await freshUnit.request(multipart('/api/projects/import', first.rawPayload, 'rt.xlsx'));
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().imported).toBe(3);
    const again = await freshUnit.get('/api/projects/export?year=2033');
    expect(await cellsOf(again.rawPayload)).toEqual(firstRows);
    const detail = (await freshUnit.get('/api/projects?year=2033&q=危房')).json().items[0];
    expect(detail.name).toBe('=危房鉴定');
  });
});

describe('bad files', () => {
  it('wrong columns, merged-cell junk, an empty sheet and a non-xlsx file are refused with BAD_FILE', async () => {
    const before = await projectCount();
    const wrong = await importAs(unit, await sheet([row()], ['项目', '金额']));
    expect(wrong.json()).toMatchObject({ code: 'BAD_FILE' });
    expect(wrong.json().message).toContain('表头与模板不一致');
    const merged = await importAs(
      unit,
      await sheet([row(), row({ 项目编码: 'MERGE-1' })], HEADERS, (ws) => ws.mergeCells('B2:D3')),
    );
    expect(merged.json().code).toBe('BAD_FILE');
    expect(merged.json().message).toContain('合并单元格');
    const empty = await importAs(unit, await sheet([]));
    expect(empty.json()).toMatchObject({ code: 'BAD_FILE', message: '文件中没有数据行' });
    const text = await importAs(unit, Buffer.from('年度,项目编码\n2031,X\n'), 'p.xlsx');
    expect(text.json()).toMatchObject({ code: 'BAD_FILE', message: '文件不是有效的 Excel（.xlsx）文件' });
    const noFile = await unit.post('/api/projects/import', { x: 1 });
    expect(noFile.json().code).toBe('BAD_FILE');
    expect(await projectCount()).toBe(before);
  });

  it('a file over the project row limit is refused before anything is written', async () => {
    expect(PROJECT_IMPORT_MAX_ROWS).toBe(20_000);
    const ctx = await financeCtx(t.database.db);
    const file = await sheet([1, 2, 3, 4].map((i) => row({ 项目编码: `LIMIT-${i}` })));
    const before = await projectCount();
    await expect(importProjects(ctx, file, 3)).rejects.toMatchObject({
      code: 'BAD_FILE',
      message: '单次最多导入 3 个项目（本文件 4 行），请拆分后分批导入',
    });
    expect(await projectCount()).toBe(before);
  });

  it('a large file over the limit is refused by the streaming pre-count; one within it passes', async () => {
    const file = await sheet(Array.from({ length: 1500 }, (_, i) => row({ 项目编码: `PRE-${i}` })));
    await expect(assertRowLimit(file, 1000, 0)).rejects.toMatchObject({
      code: 'BAD_FILE',
      message: '单次最多导入 1000 个项目（本文件超过 1000 行），请拆分后分批导入',
    });
    await expect(assertRowLimit(file, 1500, 0)).resolves.toBeUndefined();
    await expect(assertRowLimit(Buffer.from('not a zip'), 1, 0)).resolves.toBeUndefined();
  });

  it('more than 100,000 rows is refused by the platform guard without walking them', async () => {
    const big = await sheet([], HEADERS, (ws) => {
      ws.getRow(100_002).getCell(1).value = 2031;
    });
    const res = await importAs(finance, big);
    expect(res.json()).toMatchObject({ code: 'BAD_FILE', message: '单次导入不能超过 100000 行' });
  });
});
