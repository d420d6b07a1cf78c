import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Sample {
  id: number;
  unitName: string;
  projectName: string;
  projectCode: string;
  selfTotal: number;
  reviewTotal: number | null;
  findingCount: number;
}

async function sheetOf(client: Awaited<ReturnType<TestApp['as']>>, batchId: number) {
  const res = await client.get(`/api/reviews/batches/${batchId}/samples.xlsx`);
  expect(res.statusCode).toBe(200);
  expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('自评复核结果汇总表.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('复核结果');
  if (!ws) throw new Error('no sheet');
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  const rows = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const values = (ws.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [String(h), values[i]])));
  }
  return { header, rows };
}

describe('自评复核结果汇总表 GET /api/reviews/batches/:id/samples.xlsx', () => {
  it('[REVIEW][SAMPLES-XLSX] holds every sample of the batch with its self and review scores, deviation and suggestions', async () => {
    const finance = await t.as('finance');
    const [batch] = (await finance.get('/api/reviews/batches?workYear=2025')).json() as { id: number }[];
    const detail = (await finance.get(`/api/reviews/batches/${batch.id}`)).json() as { samples: Sample[] };
    const { header, rows } = await sheetOf(finance, batch.id);
    expect(header).toEqual([
      '序号',
      '预算单位',
      '项目编码',
      '项目名称',
      '抽取原因',
      '全年预算（万元）',
      '执行率（%）',
      '自评得分',
      '自评等级',
      '复核得分',
      '复核等级',
      '偏差率（%）',
      '已采纳建议（条）',
      '退回整改次数',
      '复核状态',
    ]);
    expect(rows).toHaveLength(detail.samples.length);
    expect(rows.length).toBe(48);
    const byProject = new Map(rows.map((r) => [r['项目编码'], r]));
    expect(byProject.size).toBe(rows.length);
    let reviewed = 0;
    for (const s of detail.samples) {
      const row = byProject.get(s.projectCode);
      expect(row, s.projectName).toBeDefined();
      expect(row?.['自评得分']).toBe(s.selfTotal);
      expect(row?.['已采纳建议（条）']).toBe(s.findingCount);
      if (s.reviewTotal === null) continue;
      reviewed += 1;
      expect(row?.['复核得分']).toBe(s.reviewTotal);
      // The deviation is a ratio to 4 decimals (deviationOf), shown in percent.
      expect(row?.['偏差率（%）']).toBe(Math.round(((s.selfTotal - s.reviewTotal) / s.selfTotal) * 10000) / 100);
    }
    expect(reviewed).toBeGreaterThan(0);
    expect(rows.reduce((n, r) => n + Number(r['已采纳建议（条）']), 0)).toBe(287);
  });

  it('[REVIEW][SAMPLES-XLSX][SCOPE] a unit exports only its own samples; a unit without samples in the batch gets 404', async () => {
    const finance = await t.as('finance');
    const [batch] = (await finance.get('/api/reviews/batches?workYear=2025')).json() as { id: number }[];
    const unit = await t.as('unit');
    const own = (await unit.get(`/api/reviews/batches/${batch.id}`)).json() as { samples: Sample[] };
    expect(own.samples.length).toBeGreaterThan(0);
    const { rows } = await sheetOf(unit, batch.id);
    expect(rows).toHaveLength(own.samples.length);
    expect(new Set(rows.map((r) => r['预算单位']))).toEqual(new Set(own.samples.map((s) => s.unitName)));
    const missing = await finance.get('/api/reviews/batches/999999/samples.xlsx');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
  });
});
