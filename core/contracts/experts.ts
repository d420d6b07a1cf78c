import { z, zText } from '../zod';
import { ZUsername } from './users';

export const EXPERT_ORG_TYPES = [
  'university',
  'designInstitute',
  'firm',
  'department',
  'financeBureau',
  'research',
] as const;
export type ExpertOrgType = (typeof EXPERT_ORG_TYPES)[number];
export const EXPERT_ORG_TYPE_LABELS: Record<ExpertOrgType, string> = {
  university: '高等院校',
  designInstitute: '设计院',
  firm: '中介机构',
  department: '主管部门',
  financeBureau: '财政部门',
  research: '科研院所',
};

export const ZExpertInput = z.object({
  name: zText(40),
  title: z.string().trim().max(60).default(''),
  employer: zText(100),
  orgType: z.enum(EXPERT_ORG_TYPES),
  /** Org node of the employer when it is in the system (used for conflict-of-interest checks). */
  orgId: z.number().int().positive().nullable().default(null),
  fieldCodes: z.array(z.string().min(1).max(32)).min(1, '至少选择一个专业领域').max(12),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9-]{0,20}$/, '手机号格式不正确')
    .default(''),
  /** An existing expert-role account of the region, not linked to another expert. */
  userId: z.number().int().positive().nullable().default(null),
  /** Opens a new expert account in the same step (instead of `userId`); its temporary password is returned once. */
  newAccount: z.object({ username: ZUsername }).nullable().default(null),
  active: z.boolean().default(true),
});
export type TExpertInput = z.infer<typeof ZExpertInput>;
export const ZExpertUpdate = ZExpertInput.extend({ version: z.number().int() });
export type TExpertUpdate = z.infer<typeof ZExpertUpdate>;

/** What a create/update returns: the expert, and the new account's one-time password when one was opened. */
export interface TExpertSaved {
  id: number;
  version: number;
  account: { username: string; temporaryPassword: string } | null;
}

/** An expert-role account that no pool entry uses yet (offered on the expert form). */
export interface TExpertAccount {
  id: number;
  username: string;
  displayName: string;
  orgName: string;
}

export const ZExpertListQuery = z.object({
  fieldCode: z.string().max(32).optional(),
  q: z.string().trim().max(40).optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type TExpertListQuery = z.infer<typeof ZExpertListQuery>;

export interface TExpert {
  id: number;
  name: string;
  title: string;
  employer: string;
  orgType: ExpertOrgType;
  orgId: number | null;
  orgName: string | null;
  unitId: number | null;
  departmentId: number | null;
  fieldCodes: string[];
  phone: string;
  userId: number | null;
  username: string | null;
  active: boolean;
  version: number;
}

export const ZDrawInput = z.object({
  assessmentId: z.number().int().positive(),
  count: z.number().int().min(1).max(15),
  fieldCode: z.string().min(1).max(32),
  /** Same seed + same pool → same draw (reproducible, auditable); omitted → a fresh seed. */
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
});
export type TDrawInput = z.infer<typeof ZDrawInput>;
