/** Import case: the 20,000-indicator library from xlsx (rows/s), beside exceljs parsing of the same file alone. */
import { type ImportResult, measureImport } from './import';

/**
 * Exports the region's 2025 library through the API (same columns as the import) and imports it as the 2026
 * library of the same region as its finance user: a real round trip through POST /api/indicators/import.
 */
export async function runIndicatorImportCase(address: string, cookie: string): Promise<ImportResult> {
  const exported = await fetch(`${address}/api/indicators/export?year=2025`, { headers: { cookie } });
  if (exported.status !== 200) throw new Error(`indicator export HTTP ${exported.status}`);
  return measureImport({
    label: '导入指标库 xlsx',
    buffer: Buffer.from(await exported.arrayBuffer()),
    filename: 'indicators.xlsx',
    url: `${address}/api/indicators/import?year=2026`,
    cookie,
  });
}
