import { ROLES, USER_STATUSES } from '../enums';
import { z, zText } from '../zod';

export const ZUser = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  orgId: z.number(),
  orgName: z.string(),
  orgCode: z.string(),
  phone: z.string().nullable(),
  status: z.enum(USER_STATUSES),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  version: z.number(),
});
export type TUser = z.infer<typeof ZUser>;

/** A login name (also used when finance opens an expert's account from the pool). */
export const ZUsername = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{2,39}$/, '用户名须以字母开头，3–40 位字母、数字、下划线、点或连字符');

export const ZUserInput = z.object({
  username: ZUsername,
  displayName: zText(40),
  role: z.enum(ROLES),
  orgId: z.number().int().positive(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9-]{0,20}$/, '手机号格式不正确')
    .nullable()
    .optional(),
  status: z.enum(USER_STATUSES).default('active'),
});
export type TUserInput = z.infer<typeof ZUserInput>;
export const ZUserUpdate = ZUserInput.omit({ username: true }).extend({ version: z.number().int() });
export type TUserUpdate = z.infer<typeof ZUserUpdate>;

export const ZUserListQuery = z.object({
  role: z.enum(ROLES).optional(),
  orgId: z.coerce.number().int().optional(),
  q: z.string().trim().max(40).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});

/** One row of the users xlsx (import template = export). */
export const ZUserImportRow = z.object({
  username: ZUsername,
  displayName: zText(40),
  roleLabel: z.string().trim().min(1, '角色不能为空'),
  orgCode: z.string().trim().min(1, '所属机构编码不能为空'),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9-]{0,20}$/, '手机号格式不正确'),
  statusLabel: z.enum(['正常', '停用', ''], { message: '状态须为“正常”或“停用”' }),
});
export type TUserImportRow = z.infer<typeof ZUserImportRow>;
