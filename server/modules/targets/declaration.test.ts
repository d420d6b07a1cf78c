import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { multipart } from '../../test/multipart';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** A 2026 draft/returned demo target that has indicator rows (any unit); returned with its unit's client. */
async function editableTarget() {
  const { rows } = await t.database.pool.query(`
    select t.id, o.code from performance_target t join org_unit o on o.id = t.unit_id
    where t.year = 2026 and t.status in ('draft', 'returned') and t.version_no = 1
      and exists (select 1 from target_indicator i where i.target_id = t.id)
      and not exists (select 1 from performance_target t2 where t2.project_id = t.project_id and t2.version_no > 1)
    order by t.id limit 1`);
  return { id: rows[0].id as number, unit: await t.as(`u${rows[0].code}`) };
}

describe('项目支出绩效目标申报表 import/export', () => {
  it('round trip: export → import gives the same goals and indicator rows', async () => {
    const { id, unit } = await editableTarget();
    const before = (await unit.get(`/api/targets/${id}`)).json();
    const file = await unit.get(`/api/targets/${id}/export`);
    expect(file.statusCode).toBe(200);
    const res = await unit.request(multipart(`/api/targets/${id}/import`, file.rawPayload, 'x.xlsx'));
    expect(res.statusCode, res.body).toBe(200);
    const after = (await unit.get(`/api/targets/${id}`)).json();
    const strip = (rows: Record<string, unknown>[]) =>
      rows.map((r) => [r.level1, r.level2, r.name, r.operator, r.targetValue, r.unit, Number(r.weight), r.basis]);
    expect(strip(after.indicators)).toEqual(strip(before.indicators));
    expect(after.annualGoal).toBe(before.annualGoal);
  });

  it('bad files are refused with Chinese errors and nothing is written', async () => {
    const { id, unit } = await editableTarget();
    const before = (await unit.get(`/api/targets/${id}`)).json();
    const notXlsx = await unit.request(multipart(`/api/targets/${id}/import`, Buffer.from('hello'), 'a.txt'));
    expect(notXlsx.json().code).toBe('BAD_FILE');

    const good = await unit.get(`/api/targets/${id}/export`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(good.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    ws.addRow(['产出指标', '数量指标', '新增指标', '≥', '10', '个', 'abc', '', '计划标准']);
    ws.addRow(['产出指标', '不存在', '另一个', '大于', '10', '个', '5', '', '计划标准']);
    const rowErrors = await unit.request(
      multipart(`/api/targets/${id}/import`, Buffer.from(await wb.xlsx.writeBuffer()), 'b.xlsx'),
    );
    expect(rowErrors.json().code).toBe('IMPORT_ROW_INVALID');
    expect(rowErrors.json().details.errors.length).toBeGreaterThanOrEqual(3);

    const wrong = new ExcelJS.Workbook();
    wrong.addWorksheet('x').addRow(['名称', '数值']);
    const wrongCols = await unit.request(
      multipart(`/api/targets/${id}/import`, Buffer.from(await wrong.xlsx.writeBuffer()), 'c.xlsx'),
    );
    expect(wrongCols.json().code).toBe('BAD_FILE');
    expect(wrongCols.json().message).toContain('一级指标');

    const after = (await unit.get(`/api/targets/${id}`)).json();
    expect(after.version).toBe(before.version);
  });
});

describe('project library input checks', () => {
  it('refuses amounts ≤ 0 or > 10^13 分, unknown field, duplicate code', async () => {
    const finance = await t.as('finance');
    const units = (await finance.get('/api/org/units?kind=budgetUnit')).json();
    const base = {
      year: 2026,
      name: '输入校验项目',
      unitId: units[0].id,
      fieldCode: 'education',
      budgetType: 'general',
      projectKind: 'oneOff',
      startYear: 2026,
      endYear: 2026,
      totalAmount: 1_000_000,
      requestedAmount: 1_000_000,
    };
    expect((await finance.post('/api/projects', { ...base, requestedAmount: 0 })).statusCode).toBe(400);
    expect((await finance.post('/api/projects', { ...base, totalAmount: 10 ** 13 + 1 })).statusCode).toBe(400);
    const field = await finance.post('/api/projects', { ...base, fieldCode: 'nope' });
    expect(field.json().message).toContain('重点领域');
    const first = await finance.post('/api/projects', { ...base, code: 'DUP-001' });
    expect(first.statusCode).toBe(200);
    const dup = await finance.post('/api/projects', { ...base, code: 'DUP-001' });
    expect(dup.json().code).toBe('DUPLICATE');
    const list = (await finance.get('/api/projects?year=2026&q=输入校验项目')).json();
    expect(list.total).toBe(1);
  });

  it('transitions follow the table and budget entry runs the gates', async () => {
    const finance = await t.as('finance');
    const unit = await t.as('unit');
    const p = (await finance.get('/api/projects?year=2026&status=draft')).json().items[0];
    expect((await unit.post(`/api/projects/${p.id}/transition`, { action: 'budget' })).statusCode).toBe(403);
    expect((await finance.post(`/api/projects/${p.id}/transition`, { action: 'execute' })).json().code).toBe(
      'INVALID_TRANSITION',
    );
    const detail = (await finance.get(`/api/projects/${p.id}`)).json();
    expect(detail.allowedActions).toContain('enterLibrary');
    const list = (await finance.get('/api/projects?year=2025&pageSize=5')).json();
    expect(list.total).toBeGreaterThan(200);
    expect(list.sums.approved).toBeGreaterThan(0);
    const xlsx = await finance.get('/api/projects/export?year=2025');
    expect(xlsx.statusCode).toBe(200);
  });
});

describe('indicator library', () => {
  it('search by field, level and text; department proposes, finance returns then approves', async () => {
    const finance = await t.as('finance');
    const res = (await finance.get('/api/indicators?year=2026&fieldCode=education&level1=output&q=校舍')).json();
    expect(res.total).toBeGreaterThan(0);
    expect(res.items.every((i: { fieldCode: string; name: string }) => i.fieldCode === 'education')).toBe(true);
    const used = (await finance.get('/api/indicators?year=2025&q=项目完成及时率')).json();
    expect(used.items.find((i: { name: string }) => i.name === '项目完成及时率').usageCount).toBeGreaterThan(0);

    const dept = await t.as('department');
    const input = {
      year: 2026,
      fieldCode: 'education',
      industry: '义务教育',
      category: '校舍维修改造',
      layer: 'industry',
      level1: 'output',
      level2: 'quantity',
      name: '测试提出的指标',
      operator: '≥',
      unit: '所',
      recommendedValue: '3',
    };
    const proposed = (await dept.post('/api/indicators', input)).json();
    expect(proposed.status).toBe('proposed');
    const unit = await t.as('unit');
    expect((await unit.get(`/api/indicators/${proposed.id}`)).statusCode).toBe(404);
    // Its history (the proposal's full row) is as hidden as its detail; the proposer reads it.
    const history = `/api/audit/history?entity=indicator&entityId=${proposed.id}`;
    expect((await unit.get(history)).statusCode).toBe(404);
    expect((await dept.get(history)).statusCode).toBe(200);
    const ret = await finance.post(`/api/indicators/${proposed.id}/review`, {
      decision: 'return',
      comment: '请补充计算方法',
    });
    expect(ret.json().status).toBe('returned');
    const edited = await dept.put(`/api/indicators/${proposed.id}`, {
      ...input,
      calculation: '统计完工学校数',
      version: ret.json().version,
    });
    expect(edited.json().status).toBe('proposed');
    expect((await finance.post(`/api/indicators/${proposed.id}/review`, { decision: 'approve' })).json().status).toBe(
      'enabled',
    );
    expect((await dept.post('/api/indicators', input)).json().code).toBe('DUPLICATE');
    const missingUnit = await finance.post('/api/indicators', { ...input, name: '无单位', unit: '' });
    expect(missingUnit.json().message).toContain('计量单位');
  });

  it('xlsx export → import into a new year round-trips; bad rows import nothing', async () => {
    const finance = await t.as('finance');
    const file = await finance.get('/api/indicators/export?year=2025');
    expect(file.statusCode).toBe(200);
    const ok = await finance.request(multipart('/api/indicators/import?year=2030', file.rawPayload, 'lib.xlsx'));
    expect(ok.statusCode, ok.body).toBe(200);
    const a = (await finance.get('/api/indicators?year=2025&pageSize=1')).json().total;
    const b = (await finance.get('/api/indicators?year=2030&pageSize=1')).json().total;
    expect(b).toBe(a);
    const again = await finance.request(multipart('/api/indicators/import?year=2030', file.rawPayload, 'lib.xlsx'));
    expect(again.json().code).toBe('IMPORT_ROW_INVALID');
    expect((await finance.get('/api/indicators?year=2030&pageSize=1')).json().total).toBe(b);
    // A proposal (待审核/退回) has no proposer in a file: refused on its row instead of landing as an orphan.
    await (await t.as('department')).post('/api/indicators', {
      year: 2026,
      fieldCode: 'education',
      industry: '义务教育',
      category: '校舍维修改造',
      layer: 'industry',
      level1: 'output',
      level2: 'quantity',
      name: '导入测试提出的指标',
      operator: '≥',
      unit: '所',
      recommendedValue: '3',
    });
    const withProposal = await finance.get('/api/indicators/export?year=2026&status=proposed');
    const proposals = await finance.request(
      multipart('/api/indicators/import?year=2031', withProposal.rawPayload, 'p.xlsx'),
    );
    expect(proposals.json().code).toBe('IMPORT_ROW_INVALID');
    expect(proposals.json().details.errors[0].message).toContain('启用或停用');
    expect((await finance.get('/api/indicators?year=2031&pageSize=1')).json().total).toBe(0);
    const derived = await finance.post('/api/indicators/derive', { fromYear: 2026, toYear: 2027 });
    expect(derived.json().count).toBeGreaterThan(200);
  });
});
