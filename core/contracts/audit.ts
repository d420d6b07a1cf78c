import { z } from '../zod';

export const ZAuditQuery = z.object({
  entity: z.string().trim().max(40).optional(),
  entityId: z.string().trim().max(40).optional(),
  actor: z.string().trim().max(40).optional(),
  action: z.string().trim().max(32).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZHistoryQuery = z.object({
  entity: z.string().trim().min(1).max(40),
  entityId: z.coerce.number().int().positive(),
});
