import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

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
      return fs.readFile(path.join(root, key));
    },
  };
}

/** The configured attachment storage: S3-compatible when JIXIAO_S3_ENDPOINT is set, else local files. */
export async function storageFor(config: { dataDir: string; s3?: import('./s3').S3Config }): Promise<FileStorage> {
  if (config.s3) return (await import('./s3')).s3Storage(config.s3);
  return localStorage(path.join(config.dataDir, 'files'));
}
