import { z } from '../zod';

export const ZLoginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(40),
  password: z.string().min(1, '请输入密码').max(128),
});
export type TLoginBody = z.infer<typeof ZLoginBody>;

export const ZChangePasswordBody = z.object({
  oldPassword: z.string().min(1, '请输入原密码').max(128),
  newPassword: z.string().min(1, '请输入新密码').max(128),
});
export type TChangePasswordBody = z.infer<typeof ZChangePasswordBody>;

export const ZMe = z.object({
  userId: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  departmentId: z.number().nullable(),
  unitId: z.number().nullable(),
  mustChangePassword: z.boolean(),
});
export type TMe = z.infer<typeof ZMe>;
