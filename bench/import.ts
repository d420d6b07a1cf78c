/** Import case: execution rows of an open round from xlsx (rows/s), beside exceljs parsing of the same file alone. */

import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { formatYuan } from '../core/money';
import { executionColumns } from '../server/modules/monitoring/execution-sheet';
import type { Db } from '../server/platform/db/client';

export interface ImportResult {
  name: string;
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSec: number;
  parseSeconds: number;
  parseRowsPerSec: number;
  ratio: number;
}

const yuan = (fen: number) => formatYuan(fen).replace(/,/g, '');

/** Builds the sheet for every entry of the region's open round (up to maxRows) and posts it as the finance user. */
export async function runImportCase(db: Db, region: string, address: string, cookie: string, maxRows: number) {
  const res = await db.execute(sql`
    SELECT e.round_id, p.code, p.name, p.approved_amount, p.adjusted_amount FROM monitoring_entry e
    JOIN monitoring_round mr ON mr.id = e.round_id AND mr.status = 'open'
    JOIN project p ON p.id = e.project_id WHERE e.region_code = ${region} ORDER BY e.id LIMIT ${maxRows}`);
  if (res.rows.length === 0) return null;
  const roundId = Number(res.rows[0].round_id);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('预算执行');
  ws.addRow(executionColumns.map((c) => c.header));
  for (const x of res.rows) {
    const adjusted = Number(x.adjusted_amount);
    const paid = Math.floor((adjusted * 6) / 1000) * 100;
    ws.addRow([x.code, x.name, yuan(Number(x.approved_amount)), yuan(adjusted), yuan(adjusted), yuan(paid), '']);
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return measureImport({
    label: '导入预算执行 xlsx',
    buffer,
    filename: 'execution.xlsx',
    url: `${address}/api/monitoring/rounds/${roundId}/import`,
    cookie,
  });
}

/** Posts an xlsx to an import route and times it beside exceljs parsing the same bytes alone (rows/s, ratio). */
export async function measureImport(input: {
  label: string;
  buffer: Buffer;
  filename: string;
  url: string;
  cookie: string;
}): Promise<ImportResult> {
  const { buffer, cookie } = input;
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
  form.append('file', new Blob([new Uint8Array(buffer)]), input.filename);
  const t0 = performance.now();
  const reply = await fetch(input.url, { method: 'POST', headers: { cookie }, body: form });
  const seconds = (performance.now() - t0) / 1000;
  const body = (await reply.json()) as { imported?: number; message?: string };
  if (reply.status !== 200) throw new Error(`${input.label} failed ${reply.status}: ${body.message ?? ''}`);
  const rows = body.imported ?? 0;
  const result: ImportResult = {
    name: `${input.label}（${rows} 行，${cells} 个单元格）`,
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
