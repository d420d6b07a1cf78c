import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('checkPassword', () => {
  it.each([
    ['Abcdef1!', true],
    ['abcdef12', false],
    ['Abcdefgh', false],
    ['Abc1!', false],
    ['abcdef1!', true],
    ['ABCDEF12', false],
    ['中文密码Ab12', true],
  ])('%s acceptable=%s', (pw, ok) => expect(checkPassword(pw).length === 0).toBe(ok));

  it('rejects a password containing the username', () => {
    expect(checkPassword('Admin2025!', undefined, 'admin')).toContain('密码不能包含用户名');
  });
  it('explains length and classes in Chinese', () => {
    const problems = checkPassword('ab');
    expect(problems).toEqual(['密码长度至少 8 位', '密码需包含大写字母、小写字母、数字、特殊字符中的至少 3 类']);
  });
});
