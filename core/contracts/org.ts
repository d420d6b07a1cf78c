import { ORG_KINDS } from '../enums';
import { z, zText } from '../zod';

export const ZOrgUnit = z.object({
  id: z.number(),
  regionCode: z.string(),
  kind: z.enum(ORG_KINDS),
  parentId: z.number().nullable(),
  departmentId: z.number().nullable(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  sort: z.number(),
  active: z.boolean(),
  version: z.number(),
});
export type TOrgUnit = z.infer<typeof ZOrgUnit>;

export const ZOrgUnitInput = z.object({
  kind: z.enum(['department', 'budgetUnit', 'external']),
  parentId: z.number().int().positive().nullable(),
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{1,32}$/, '编码只能包含字母和数字，最长 32 位'),
  name: zText(100),
  shortName: z.string().trim().max(40).nullable().optional(),
  sort: z.number().int().min(0).max(100000).default(0),
  active: z.boolean().default(true),
});
export type TOrgUnitInput = z.infer<typeof ZOrgUnitInput>;
export const ZOrgUnitUpdate = ZOrgUnitInput.extend({ version: z.number().int() });

export const ZOrgListQuery = z.object({
  kind: z.enum(ORG_KINDS).optional(),
  departmentId: z.coerce.number().int().optional(),
  q: z.string().trim().max(50).optional(),
  includeInactive: z.coerce.boolean().optional(),
});

export const ZField = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  keywords: z.string(),
  sort: z.number(),
  active: z.boolean(),
});
export type TField = z.infer<typeof ZField>;
export const ZFieldInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,31}$/, '领域编码须以字母开头，仅含字母数字'),
  name: zText(40),
  keywords: z.string().trim().max(400).default(''),
  sort: z.number().int().min(0).default(0),
  active: z.boolean().default(true),
});

/** A fiscal year of the region; `workYear` marks the year it works in (core workYearOf), the pages' default. */
export const ZFiscalYear = z.object({ id: z.number(), year: z.number(), status: z.string(), workYear: z.boolean() });

/** One row of the org-tree xlsx (import template = export). */
export const ZOrgImportRow = z.object({
  kind: z.enum(['主管部门', '预算单位'], { message: '类型须为“主管部门”或“预算单位”' }),
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{1,32}$/, '编码只能包含字母和数字'),
  name: zText(100),
  parentCode: z.string().trim().max(32),
  shortName: z.string().trim().max(40),
  sort: z
    .string()
    .trim()
    .regex(/^\d{0,6}$/, '排序须为整数'),
});
export type TOrgImportRow = z.infer<typeof ZOrgImportRow>;
