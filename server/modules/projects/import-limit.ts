/** A cheap row count before the full parse, so an oversized project sheet is refused in seconds. */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors';
import { assertZipWithinLimits } from '../../platform/zip-guard';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The limit message, shared with the check after parsing. */
export const rowLimitError = (limit: number, rows?: number) =>
  new AppError(
    'BAD_FILE',
    `单次最多导入 ${limit} 个项目（本文件${rows === undefined ? '超过 ' : ' '}${rows ?? limit} 行），请拆分后分批导入`,
  );

/**
 * Streams the first sheet and stops one row past `limit` (header excluded): a 10^5-row file never reaches the
 * full in-memory parse. Small files skip this pass; unreadable ones are left for readSheet to report.
 */
export async function assertRowLimit(buffer: Buffer, limit: number, minBytes = 256 * 1024) {
  if (buffer.length < minBytes || !buffer.subarray(0, 4).equals(ZIP_MAGIC)) return;
  assertZipWithinLimits(buffer);
  let rows = 0;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), {
      worksheets: 'emit',
      sharedStrings: 'ignore',
      styles: 'ignore',
      hyperlinks: 'ignore',
    });
    for await (const sheet of reader) {
      for await (const _row of sheet) if (++rows > limit + 1) break;
      break;
    }
  } catch {
    return;
  }
  if (rows > limit + 1) throw rowLimitError(limit);
}
