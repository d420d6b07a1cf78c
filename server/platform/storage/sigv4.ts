import { createHash, createHmac } from 'node:crypto';

/** AWS Signature V4 for S3-compatible object storage (MinIO, OSS/COS S3 endpoints, Ceph RGW). */
export interface SigV4Input {
  method: string;
  /** Path-style canonical URI, e.g. /bucket/key (already URI-encoded). */
  path: string;
  host: string;
  headers: Record<string, string>;
  payloadHash: string;
  accessKey: string;
  secretKey: string;
  region: string;
  /** YYYYMMDDTHHMMSSZ */
  amzDate: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** The Authorization header value for a request (no query string). */
export function signV4(i: SigV4Input) {
  const headers: Record<string, string> = {
    ...i.headers,
    host: i.host,
    'x-amz-content-sha256': i.payloadHash,
    'x-amz-date': i.amzDate,
  };
  const names = Object.keys(headers)
    .map((h) => h.toLowerCase())
    .sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v.trim()]));
  const canonicalHeaders = names.map((n) => `${n}:${lower[n]}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = [i.method, i.path, '', canonicalHeaders, signedHeaders, i.payloadHash].join('\n');
  const day = i.amzDate.slice(0, 8);
  const scope = `${day}/${i.region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', i.amzDate, scope, sha256(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${i.secretKey}`, day), i.region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  return {
    authorization: `AWS4-HMAC-SHA256 Credential=${i.accessKey}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    headers,
    signature,
  };
}

export { sha256 };
