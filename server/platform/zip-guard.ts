import { inflateRawSync } from 'node:zlib';
import { AppError } from './errors';

/** Upper bounds for an uploaded xlsx (a zip): total inflated bytes and number of entries. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const refuse = () => new AppError('BAD_FILE', '文件过大或已损坏');

function findEndOfCentralDirectory(buf: Buffer) {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw refuse();
}

/**
 * Refuses zip bombs before any parser sees the file: walks the central directory, rejects ZIP64 or
 * oversized declared sizes, then inflates every entry with a hard output cap, so a size that lies in
 * the directory is caught too. Memory stays bounded by the cap whatever the file claims.
 */
export function assertZipWithinLimits(buf: Buffer, limit = MAX_UNZIPPED_BYTES) {
  const eocd = findEndOfCentralDirectory(buf);
  const entries = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff || entries > MAX_ZIP_ENTRIES) throw refuse();
  let declared = 0;
  let used = 0;
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw refuse();
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const local = buf.readUInt32LE(p + 42);
    declared += size;
    if (size === 0xffffffff || compressed === 0xffffffff || declared > limit) throw refuse();
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw refuse();
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) throw refuse();
    if (method === 8) {
      try {
        used += inflateRawSync(buf.subarray(start, start + compressed), { maxOutputLength: limit - used + 1 }).length;
      } catch {
        throw refuse();
      }
    } else if (method === 0) used += compressed;
    else throw refuse();
    if (used > limit) throw refuse();
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
}
