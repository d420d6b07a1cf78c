import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors';
import { buildPdf } from '../pdf';

/** Where attachment bytes live: a directory under the data dir by default. */
export interface FileStorage {
  put(bytes: Buffer): Promise<string>;
  get(key: string): Promise<Buffer>;
}

/** Local directory storage; keys are random and never derived from user input. */
export function localStorage(root: string): FileStorage {
  return {
    async put(bytes) {
      const key = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}`;
      const file = path.join(root, key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, bytes);
      return key;
    },
    async get(key) {
      if (!/^\d{4}-\d{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error('bad storage key');
      try {
        return await fs.readFile(path.join(root, key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT')
          throw new AppError('NOT_FOUND', '附件文件已不在存储中，请联系管理员');
        throw err;
      }
    },
  };
}

const DEMO_PREFIX = 'demo/';

/** Storage key of a demo district evidence file: its bytes are generated on read, so a fresh demo needs no files. */
export const demoFileKey = (filename: string) => `${DEMO_PREFIX}${encodeURIComponent(filename)}`;

/** The placeholder PDF behind a demo key: one page naming the file as demo material. */
export const demoFileBytes = (key: string) =>
  buildPdf('Jixiao demo district', `演示数据：${decodeURIComponent(key.slice(DEMO_PREFIX.length))}`);

/** The configured attachment storage: S3-compatible when JIXIAO_S3_ENDPOINT is set, else local files. */
export async function storageFor(config: { dataDir: string; s3?: import('./s3').S3Config }): Promise<FileStorage> {
  const inner = config.s3
    ? (await import('./s3')).s3Storage(config.s3)
    : localStorage(path.join(config.dataDir, 'files'));
  return {
    put: (bytes) => inner.put(bytes),
    get: async (key) => (key.startsWith(DEMO_PREFIX) ? demoFileBytes(key) : inner.get(key)),
  };
}
