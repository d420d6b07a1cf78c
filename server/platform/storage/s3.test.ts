import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Storage } from './s3';

// A minimal S3 stand-in on loopback: stores PUT bodies, serves GETs, refuses unsigned requests.
const objects = new Map<string, Buffer>();
let server: http.Server;
let endpoint = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!String(req.headers.authorization).startsWith('AWS4-HMAC-SHA256 Credential=AK/')) {
      res.writeHead(403).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const key = req.url ?? '';
      if (req.method === 'PUT') {
        objects.set(key, Buffer.concat(chunks));
        res.writeHead(200).end();
      } else {
        const body = objects.get(key);
        if (body) res.writeHead(200).end(body);
        else res.writeHead(404).end();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('S3-compatible storage', () => {
  it('stores and reads back bytes under a random key in the bucket (path style)', async () => {
    const storage = s3Storage({
      endpoint,
      bucket: 'evidence',
      accessKey: 'AK',
      secretKey: 'SK',
      region: 'cn-central-1',
    });
    const key = await storage.put(Buffer.from('整改佐证材料'));
    expect([...objects.keys()][0]).toBe(`/evidence/${key}`);
    expect((await storage.get(key)).toString()).toBe('整改佐证材料');
    await expect(storage.get('../etc/passwd')).rejects.toThrow('bad storage key');
  });
});
