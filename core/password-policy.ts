/** Password policy: length and character classes, returned as Chinese problems (empty = acceptable). */
export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
}

export const defaultPasswordPolicy: PasswordPolicy = { minLength: 8, minClasses: 3 };

const CLASSES: [RegExp, string][] = [
  [/[a-z]/, '小写字母'],
  [/[A-Z]/, '大写字母'],
  [/\d/, '数字'],
  [/[^a-zA-Z\d]/, '特殊字符'],
];

/** Checks a candidate password; returns the list of unmet requirements in Chinese. */
export function checkPassword(password: string, policy: PasswordPolicy = defaultPasswordPolicy, username?: string) {
  const problems: string[] = [];
  if (password.length < policy.minLength) problems.push(`密码长度至少 ${policy.minLength} 位`);
  if (password.length > 128) problems.push('密码长度不能超过 128 位');
  const classes = CLASSES.filter(([re]) => re.test(password)).length;
  if (classes < policy.minClasses) {
    problems.push(`密码需包含大写字母、小写字母、数字、特殊字符中的至少 ${policy.minClasses} 类`);
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('密码不能包含用户名');
  return problems;
}
