import { z, zMoney, zPositiveMoney, zText, zYear } from '../zod';

export const AGENCY_TYPES = ['cpa', 'consulting', 'engineering', 'other'] as const;
export const AGENCY_TYPE_LABELS: Record<(typeof AGENCY_TYPES)[number], string> = {
  cpa: '会计师事务所',
  consulting: '管理咨询机构',
  engineering: '工程咨询机构',
  other: '其他',
};
export const CREDIT_LEVELS = ['A', 'B', 'C', 'D'] as const;
export type CreditLevel = (typeof CREDIT_LEVELS)[number];
export const AGENCY_STATUSES = ['active', 'suspended', 'removed'] as const;
export const AGENCY_STATUS_LABELS: Record<(typeof AGENCY_STATUSES)[number], string> = {
  active: '正常',
  suspended: '暂停承接',
  removed: '已移出机构库',
};
export const ENGAGEMENT_STATUS_LABELS: Record<string, string> = {
  engaged: '履约中',
  scored: '已考评',
  cancelled: '已解除',
};

export const ZAgencyInput = z.object({
  name: zText(100),
  shortName: z.string().trim().max(40).default(''),
  type: z.enum(AGENCY_TYPES),
  qualifications: z.string().trim().max(1000).default(''),
  staffCount: z.number().int().min(0).max(100_000).default(0),
  contactPerson: z.string().trim().max(40).default(''),
  contactPhone: z.string().trim().max(20).default(''),
  creditLevel: z.enum(CREDIT_LEVELS).default('B'),
  orgId: z.number().int().positive().nullable().optional(),
  version: z.number().int().optional(),
});
export type TAgencyInput = z.infer<typeof ZAgencyInput>;

export const ZAgencyStatusInput = z.object({ status: z.enum(AGENCY_STATUSES), reason: zText(500) });

export const ZAgencyServiceInput = z.object({
  year: zYear,
  orgId: z.number().int().positive(),
  role: zText(40),
  description: z.string().trim().max(500).default(''),
});

const zStage = z.object({ name: zText(40), percent: z.number().min(0).max(100), dueOn: z.iso.date().nullable() });

export const ZEngagementInput = z.object({
  evaluationId: z.number().int().positive(),
  agencyId: z.number().int().positive(),
  contractNo: z.string().trim().max(60).default(''),
  fee: zPositiveMoney,
  stages: z.array(zStage).max(10).default([]),
});
export type TEngagementInput = z.infer<typeof ZEngagementInput>;

export const ZQualityInput = z.object({
  sheet: z
    .array(z.object({ code: z.string().min(1).max(40), name: zText(40), weight: z.number() }))
    .max(20)
    .optional(),
  scores: z.record(z.string(), z.number()),
  comment: z.string().trim().max(1000).default(''),
  version: z.number().int().optional(),
});
export type TQualityInput = z.infer<typeof ZQualityInput>;

export const ZPaymentInput = z.object({
  amount: zMoney,
  paidOn: z.iso.date(),
  note: z.string().trim().max(200).default(''),
});

export const ZEngagementListQuery = z.object({ year: zYear.optional(), agencyId: z.coerce.number().int().optional() });
