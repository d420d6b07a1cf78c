import { describe, expect, it } from 'vitest';
import { signV4 } from './sigv4';

describe('AWS SigV4', () => {
  it('matches the documented S3 GET Object example (examplebucket/test.txt, 2013-05-24)', () => {
    const { signature, authorization } = signV4({
      method: 'GET',
      path: '/test.txt',
      host: 'examplebucket.s3.amazonaws.com',
      headers: { range: 'bytes=0-9' },
      payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      accessKey: 'AKIAIOSFODNN7EXAMPLE',
      secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      region: 'us-east-1',
      amzDate: '20130524T000000Z',
    });
    expect(signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
    expect(authorization).toContain('SignedHeaders=host;range;x-amz-content-sha256;x-amz-date');
  });
});
