import { describe, expect, it } from 'vitest';
import { z } from './zod';

const firstMessage = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? null : r.error.issues[0]?.message;
};

describe('plain Chinese validation messages', () => {
  it.each([
    ['string too long', z.string().max(60), 'x'.repeat(61), '不能超过 60 个字符'],
    ['empty string', z.string().min(1), '', '不能为空'],
    ['string too short', z.string().min(6), 'abc', '至少 6 个字符'],
    ['number too big', z.number().max(100), 101, '不能大于 100'],
    ['number not positive', z.number().positive(), 0, '须大于 0'],
    ['number too small', z.number().min(0), -1, '不能小于 0'],
    ['empty list', z.array(z.string()).min(1), [], '至少选择一项'],
    ['list too long', z.array(z.string()).max(2), ['a', 'b', 'c'], '最多 2 项'],
    ['missing field', z.object({ a: z.string() }), {}, '必填'],
    ['text where a number is expected', z.number(), 'abc', '请填写数字'],
    ['own message wins', z.string().max(3, '名称太长'), 'abcd', '名称太长'],
  ])('%s', (_label, schema, value, expected) => {
    expect(firstMessage(schema, value)).toBe(expected);
  });

  it('leaves other issues to the zh-CN locale', () => {
    expect(firstMessage(z.enum(['a', 'b']), 'c')).toMatch(/^无效选项/);
  });
});
