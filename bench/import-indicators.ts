/** Import case: the 20,000-indicator library from xlsx (rows/s), beside exceljs parsing of the same file alone. */
import ExcelJS from 'exceljs';
import type { ImportResult } from './import';

/**
 * Exports the region's 2025 library through the API (same columns as the import) and imports it as the 2026
 * library of the same region as its finance user: a real round trip through POST /api/indicators/import.
 */
export async function runIndicatorImportCase(address: string, cookie: string): Promise<ImportResult> {
  const exported = await fetch(`${address}/api/indicators/export?year=2025`, { headers: { cookie } });
  if (exported.status !== 200) throw new Error(`indicator export HTTP ${exported.status}`);
  const buffer = Buffer.from(await exported.arrayBuffer());
  const p0 = performance.now();
  const parsed = new ExcelJS.Workbook();
  await parsed.xlsx.load(buffer as unknown as ArrayBuffer);
  let cells = 0;
  parsed.worksheets[0]?.eachRow((row) => {
    row.eachCell(() => {
      cells++;
    });
  });
  const parseSeconds = (performance.now() - p0) / 1000;
  const form = new FormData();
  form.append('file', new Blob([buffer]), 'indicators.xlsx');
  const t0 = performance.now();
  const reply = await fetch(`${address}/api/indicators/import?year=2026`, {
    method: 'POST',
    headers: { cookie },
    body: form,
  });
  const seconds = (performance.now() - t0) / 1000;
  const body = (await reply.json()) as { imported?: number; message?: string };
  if (reply.status !== 200) throw new Error(`indicator import failed ${reply.status}: ${body.message ?? ''}`);
  const rows = body.imported ?? 0;
  const result: ImportResult = {
    name: `导入指标库 xlsx（${rows} 行，${cells} 个单元格）`,
    rows,
    bytes: buffer.length,
    seconds: Math.round(seconds * 1000) / 1000,
    rowsPerSec: Math.round(rows / seconds),
    parseSeconds: Math.round(parseSeconds * 1000) / 1000,
    parseRowsPerSec: Math.round(rows / parseSeconds),
    ratio: Math.round((seconds / Math.max(parseSeconds, 0.001)) * 10) / 10,
  };
  console.log(
    `${result.name}: ${result.rowsPerSec} 行/秒 vs exceljs 解析 ${result.parseRowsPerSec} 行/秒 (${result.ratio}×)`,
  );
  return result;
}
