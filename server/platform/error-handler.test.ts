import { describe, expect, it } from 'vitest';
import { toErrorReply } from './error-handler';

/** Driver errors reach the handler bare (pg) or wrapped by Drizzle as `cause`; both map to the same stable code. */
describe('toErrorReply', () => {
  const unique = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
  it.each([
    ['bare pg error', unique, 409, 'DUPLICATE'],
    ['Drizzle-wrapped pg error', new Error('Failed query: insert …', { cause: unique }), 409, 'DUPLICATE'],
    [
      'wrapped serialization failure',
      new Error('q', { cause: Object.assign(new Error('x'), { code: '40001' }) }),
      409,
      'CONFLICT',
    ],
    [
      'wrapped numeric overflow',
      new Error('q', { cause: Object.assign(new Error('x'), { code: '22003' }) }),
      400,
      'VALIDATION_FAILED',
    ],
    ['Node system error code is not a SQLSTATE', Object.assign(new Error('x'), { code: 'ENOENT' }), 500, 'INTERNAL'],
    ['unknown error', new Error('boom'), 500, 'INTERNAL'],
  ])('%s → %i %s', (_name, err, status, code) => {
    const reply = toErrorReply(err);
    expect(reply.status).toBe(status);
    expect(reply.body.code).toBe(code);
    if (status === 500) expect(reply.body.message).not.toContain('boom');
  });
});
