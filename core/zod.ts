import { z } from 'zod';

// Validation messages in Chinese, for server replies and web forms alike.
z.config(z.locales.zhCN());

type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

/**
 * Plain wording for the issues users meet in forms and imports: the zh-CN locale says "数值过大：期望 string <=60 字符",
 * which names a programming type. Anything not handled here falls through to the locale.
 */
function plainMessage(issue: Issue): string | undefined {
  const origin = 'origin' in issue ? issue.origin : undefined;
  if (issue.code === 'too_big') {
    const max = String(issue.maximum);
    if (origin === 'string') return `不能超过 ${max} 个字符`;
    if (origin === 'array' || origin === 'set') return `最多 ${max} 项`;
    if (origin === 'number' || origin === 'int' || origin === 'bigint')
      return issue.inclusive ? `不能大于 ${max}` : `须小于 ${max}`;
  }
  if (issue.code === 'too_small') {
    const min = String(issue.minimum);
    if (origin === 'string') return min === '1' ? '不能为空' : `至少 ${min} 个字符`;
    if (origin === 'array' || origin === 'set') return min === '1' ? '至少选择一项' : `至少 ${min} 项`;
    if (origin === 'number' || origin === 'int' || origin === 'bigint')
      return issue.inclusive ? `不能小于 ${min}` : `须大于 ${min}`;
  }
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined || issue.input === null) return '必填';
    if (issue.expected === 'number' || issue.expected === 'int') return '请填写数字';
    if (issue.expected === 'string') return '请填写文字';
  }
  return undefined;
}
z.config({ customError: plainMessage });

export { z };

/** Integer 分 amount within the product's bounds (0 … 10^13). */
export const zMoney = z
  .number()
  .int('金额必须为整数分')
  .min(0, '金额不能为负数')
  .max(10 ** 13, '金额超出上限（1000亿元）');
/** Positive integer 分 amount. */
export const zPositiveMoney = zMoney.refine((v) => v > 0, '金额必须大于 0');
/** Database id in a path or query. */
export const zId = z.coerce.number().int().positive();
export const zIdParams = z.object({ id: zId });
/** Fiscal year. */
export const zYear = z.coerce.number().int().min(2000).max(2100);
/** Paging of list queries. */
export const zPage = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});
/** Trimmed non-empty text with a maximum length. */
export const zText = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字符`);
