import { randomUUID } from 'node:crypto';
import type { FileStorage } from './index';
import { sha256, signV4 } from './sigv4';

export interface S3Config {
  endpoint: string;
  bucket: string;
  accessKey: string;
  secretKey: string;
  region: string;
}

/** Attachment storage on S3-compatible object storage (path-style URLs). */
export function s3Storage(cfg: S3Config): FileStorage {
  const base = new URL(cfg.endpoint);
  const request = async (method: 'GET' | 'PUT', key: string, body?: Buffer) => {
    const path = `/${encodeURIComponent(cfg.bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`;
    const amzDate = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    const payloadHash = sha256(body ?? '');
    const signed = signV4({
      method,
      path,
      host: base.host,
      headers: {},
      payloadHash,
      accessKey: cfg.accessKey,
      secretKey: cfg.secretKey,
      region: cfg.region,
      amzDate,
    });
    const res = await fetch(new URL(path, base), {
      method,
      headers: { ...signed.headers, authorization: signed.authorization },
      body: body ? new Uint8Array(body) : undefined,
    });
    if (!res.ok) throw new Error(`对象存储 ${method} 失败：HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  };
  return {
    async put(bytes) {
      const key = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}`;
      await request('PUT', key, bytes);
      return key;
    },
    async get(key) {
      if (!/^\d{4}-\d{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error('bad storage key');
      return request('GET', key);
    },
  };
}
