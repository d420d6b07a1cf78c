import { z } from 'zod';

// Validation messages in Chinese, for server replies and web forms alike.
z.config(z.locales.zhCN());

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
