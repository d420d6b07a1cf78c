import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from '../../../core/zod';
import { AppError } from '../../platform/errors';
import { loadWorkbook, readSheet, writeSheet } from '../../platform/excel';
import { assertZipWithinLimits, MAX_UNZIPPED_BYTES } from '../../platform/zip-guard';
import { type Client, createTestApp, type TestApp } from '../app';
import { orgByCode } from '../factories';
import { multipart } from '../multipart';

/** A minimal zip writer: entries are [name, deflated data, declared uncompressed size]. */
function zip(entries: [string, Buffer, number][]) {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data, size] of entries) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** `mb` megabytes of zeros, deflated in a stream (about 1000:1, so the bomb itself stays small). */
async function deflatedZeros(mb: number) {
  const out: Buffer[] = [];
  const d = createDeflateRaw({ level: 9 });
  d.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => d.on('end', r));
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mb; i++) if (!d.write(chunk)) await new Promise((r) => d.once('drain', r));
  d.end();
  await done;
  return Buffer.concat(out);
}

const badFile = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('BAD_FILE');
    return (e as AppError).message;
  }
  throw new Error('not refused');
};

let bomb: Buffer;
let liar: Buffer;
beforeAll(async () => {
  const zeros = await deflatedZeros(Math.ceil(MAX_UNZIPPED_BYTES / 1024 / 1024) + 20);
  bomb = zip([['xl/worksheets/sheet1.xml', zeros, 120 * 1024 * 1024]]);
  // The same payload declaring 1 KB: only the capped inflation can catch it.
  liar = zip([['xl/worksheets/sheet1.xml', zeros, 1024]]);
});

describe('xlsx bomb guard (unit)', () => {
  it('a genuine export passes; a small honest zip passes', async () => {
    const file = await writeSheet('表', [{ key: 'a', header: '列', value: (r: { a: string }) => r.a }], [{ a: 'x' }]);
    expect(() => assertZipWithinLimits(file)).not.toThrow();
    expect(() => assertZipWithinLimits(zip([['a.xml', deflateRawSync(Buffer.from('<a/>')), 4]]))).not.toThrow();
  });

  it('refuses declared sizes over the limit, lying sizes, ZIP64 markers, too many entries and garbage', () => {
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(badFile(() => assertZipWithinLimits(bomb))).toBe('文件过大或已损坏');
    const heap = process.memoryUsage().heapUsed;
    const t0 = Date.now();
    badFile(() => assertZipWithinLimits(liar));
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(64 * 1024 * 1024);
    badFile(() => assertZipWithinLimits(zip([['a.xml', deflateRawSync(Buffer.from('x')), 0xffffffff]])));
    const many = Array.from({ length: 2_001 }, (_, i): [string, Buffer, number] => [`${i}.xml`, Buffer.alloc(0), 0]);
    badFile(() => assertZipWithinLimits(zip(many)));
    badFile(() => assertZipWithinLimits(Buffer.from('PK\u0003\u0004 not really a zip at all')));
  });

  it('loadWorkbook refuses the bomb before ExcelJS sees it', async () => {
    await expect(loadWorkbook(bomb)).rejects.toMatchObject({ code: 'BAD_FILE' });
  });

  it('a sheet declaring a cell at row 1048576 is refused without walking a million rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getRow(1).getCell(1).value = '列';
    ws.getRow(2).getCell(1).value = 'x';
    ws.getRow(1_048_576).getCell(1).value = 'y';
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const t0 = Date.now();
    await expect(readSheet(file, [{ key: 'a', header: '列' }], z.object({ a: z.string() }))).rejects.toMatchObject({
      code: 'BAD_FILE',
    });
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});

describe('xlsx safety through the API', () => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.as('admin');
  });
  afterAll(async () => t.close());

  it('an import of a zip bomb is refused with BAD_FILE and writes nothing', async () => {
    const count = async () =>
      (await t.database.pool.query('select count(*)::int as n from library_indicator')).rows[0].n as number;
    const before = await count();
    for (const file of [bomb, liar]) {
      const res = await admin.request(multipart('/api/indicators/import?year=2027', file, 'bomb.xlsx'));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code: 'BAD_FILE', message: '文件过大或已损坏' });
    }
    expect(await count()).toBe(before);
  });

  it('exported cells beginning with = + - @ are neutralised (formula injection)', async () => {
    const orgId = (await orgByCode(t.database.db, '104002')).id;
    const names = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)'];
    for (const [i, displayName] of names.entries()) {
      const res = await admin.post('/api/users', { username: `formula${i}x`, displayName, role: 'unit', orgId });
      expect(res.statusCode, res.body).toBe(200);
    }
    const res = await admin.get('/api/users/export');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    wb.worksheets[0].eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(cell.value);
      });
    });
    for (const n of names) expect(cells).toContain(`'${n}`);
    // no cell is a formula and no text cell starts with a formula trigger
    expect(cells.filter((v) => typeof v === 'object' && v !== null && 'formula' in v)).toEqual([]);
    expect(cells.filter((v) => typeof v === 'string' && /^[=+\-@]/.test(v))).toEqual([]);
  });
});
