import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { buildProject, buildTarget, orgByCode } from '../../test/factories';
import { multipart } from '../../test/multipart';

let t: TestApp;
let unit: Client;
let formId: number;
beforeAll(async () => {
  t = await createTestApp();
  unit = await t.as('unit');
  const org = await orgByCode(t.database.db, '104002');
  const project = await buildProject(t.database.db, {
    unitId: org.id,
    departmentId: org.departmentId,
    year: 2024,
    status: 'completed',
  });
  await buildTarget(t.database.db, project);
  formId = (await unit.post('/api/self-evaluations/generate', { year: 2024, projectId: project.id })).json().ids[0];
});
afterAll(() => t.close());

describe('项目支出绩效自评表 xlsx', () => {
  it('[SELF-EVALUATION][IMPORT] the exported layout imports back with the unit’s entries', async () => {
    const exported = await unit.get(`/api/self-evaluations/${formId}/export`);
    expect(exported.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    let header = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(4).value === '三级指标') header = n;
    });
    ws.getRow(header - 3).getCell(3).value = '80';
    ws.getRow(header + 1).getCell(8).value = 4000;
    ws.eachRow((row) => {
      if (row.getCell(1).value === '评价结论') row.getCell(2).value = '完成校舍维修4000平方米。';
    });
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await unit.request(multipart(`/api/self-evaluations/${formId}/import`, buf, '自评表.xlsx'));
    expect(res.statusCode).toBe(200);
    const detail = (await unit.get(`/api/self-evaluations/${formId}`)).json();
    expect(detail.executedAmount).toBe(80_000_000);
    expect(detail.indicators[0].actualNumber).toBe(4000);
    expect(detail.conclusion).toBe('完成校舍维修4000平方米。');
  });

  it('[SELF-EVALUATION][IMPORT] refuses a file that is not xlsx, and bad cells with row errors', async () => {
    const bad = await unit.request(multipart(`/api/self-evaluations/${formId}/import`, Buffer.from('hello'), 'x.xlsx'));
    expect(bad.json().code).toBe('BAD_FILE');
    const exported = await unit.get(`/api/self-evaluations/${formId}/export`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    ws.eachRow((row) => {
      if (typeof row.getCell(13).value === 'number') row.getCell(8).value = '很多';
    });
    const res = await unit.request(
      multipart(`/api/self-evaluations/${formId}/import`, Buffer.from(await wb.xlsx.writeBuffer()), 'x.xlsx'),
    );
    expect(res.json().code).toBe('IMPORT_ROW_INVALID');
  });
});
