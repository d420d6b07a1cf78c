import { deviationReasons, likelihoods, warningColors } from '../rules/monitoring/types';
import { z, zId, zMoney, zPositiveMoney, zText, zYear } from '../zod';

/** Workflow states of a monitoring entry (监控表). */
export const ENTRY_STATUSES = ['draft', 'submitted', 'departmentApproved', 'approved', 'returned'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const ENTRY_STATUS_LABELS: Record<EntryStatus, string> = {
  draft: '待填报',
  submitted: '待主管部门审核',
  departmentApproved: '待财政审核',
  approved: '已审核（锁定）',
  returned: '已退回',
};

export const PERIOD_KINDS = ['quarter', 'months'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const DISPOSAL_KINDS = [
  'urgeRectification',
  'adjustTargets',
  'cutBudget',
  'suspendPayments',
  'recoverFunds',
] as const;
export type DisposalKind = (typeof DISPOSAL_KINDS)[number];
export const DISPOSAL_KIND_LABELS: Record<DisposalKind, string> = {
  urgeRectification: '督促整改',
  adjustTargets: '调整绩效目标',
  cutBudget: '压减预算',
  suspendPayments: '暂缓（停止）拨款',
  recoverFunds: '收回资金',
};

export const KEY_RECORD_KINDS = ['monthly', 'note', 'siteVisit'] as const;
export type KeyRecordKind = (typeof KEY_RECORD_KINDS)[number];
export const KEY_RECORD_KIND_LABELS: Record<KeyRecordKind, string> = {
  monthly: '月度执行',
  note: '跟踪意见',
  siteVisit: '实地核查',
};

const zDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const ZRoundInput = z
  .object({
    year: zYear,
    periodKind: z.enum(PERIOD_KINDS),
    period: z.number().int().min(1).max(12),
    deadline: zDate,
    note: z.string().trim().max(500).default(''),
  })
  .refine((v) => v.periodKind === 'months' || v.period <= 4, { message: '季度应为 1 至 4', path: ['period'] });
export type TRoundInput = z.infer<typeof ZRoundInput>;

export const ZRoundListQuery = z.object({ year: zYear.optional() });

export const ZEntryListQuery = z.object({
  status: z.enum(ENTRY_STATUSES).optional(),
  color: z.enum(warningColors).optional(),
  departmentId: zId.optional(),
  q: z.string().trim().max(60).optional(),
});

/** One indicator's progress as the unit fills it. */
export const ZIndicatorProgressInput = z.object({
  targetIndicatorId: zId,
  currentValue: z.number().min(0, '完成值不能为负数').nullable().default(null),
  expectedValue: z.number().min(0, '预计全年完成值不能为负数').nullable().default(null),
  currentText: z.string().trim().max(200).default(''),
  likelihood: z.enum(likelihoods),
  reasons: z.array(z.enum(deviationReasons)).default([]),
  note: z.string().trim().max(500).default(''),
});
export type TIndicatorProgressInput = z.infer<typeof ZIndicatorProgressInput>;

export const ZEntrySave = z.object({
  fundsReceived: zMoney,
  paid: zMoney,
  indicators: z.array(ZIndicatorProgressInput).max(200).default([]),
  version: z.number().int().optional(),
});
export type TEntrySave = z.infer<typeof ZEntrySave>;

export const ZReviewInput = z
  .object({
    ids: z.array(zId).min(1, '请选择监控表').max(2000),
    action: z.enum(['approve', 'return']),
    comment: z.string().trim().max(500).default(''),
  })
  .refine((v) => v.action === 'approve' || v.comment.length > 0, { message: '退回须填写意见', path: ['comment'] });
export type TReviewInput = z.infer<typeof ZReviewInput>;

export const ZReopenInput = z.object({ unitId: zId, reason: zText(500) });

export const ZDisposalInput = z
  .object({
    kind: z.enum(DISPOSAL_KINDS),
    reason: zText(500),
    approver: zText(40),
    amount: zPositiveMoney.optional(),
    /** urgeRectification: deadline and requirement of the rectification item. */
    deadline: zDate.optional(),
    requirement: z.string().trim().max(1000).optional(),
    /** The entry version the user saw: a second submit of the same disposal gets CONFLICT instead of a double. */
    version: z.number().int().optional(),
  })
  .refine((v) => !['cutBudget', 'recoverFunds'].includes(v.kind) || v.amount !== undefined, {
    message: '压减或收回须填写金额',
    path: ['amount'],
  })
  .refine((v) => v.kind !== 'urgeRectification' || v.deadline !== undefined, {
    message: '督促整改须填写整改期限',
    path: ['deadline'],
  });
export type TDisposalInput = z.infer<typeof ZDisposalInput>;

/** 暂停拨款 states of a project's payment hold. */
export const PAYMENT_HOLD_STATUSES = ['suspended', 'lifted'] as const;
export type PaymentHoldStatus = (typeof PAYMENT_HOLD_STATUSES)[number];
export const PAYMENT_HOLD_STATUS_LABELS: Record<PaymentHoldStatus, string> = {
  suspended: '暂停拨款',
  lifted: '已恢复拨款',
};

export const ZPaymentHoldQuery = z.object({
  status: z.enum(PAYMENT_HOLD_STATUSES).optional(),
  year: zYear.optional(),
  departmentId: zId.optional(),
});

export const ZPaymentHoldLift = z.object({ reason: zText(500), version: z.number().int().optional() });
export type TPaymentHoldLift = z.infer<typeof ZPaymentHoldLift>;

export const ZWarningQuery = z.object({
  roundId: zId.optional(),
  year: zYear.optional(),
  color: z.enum(warningColors).optional(),
  departmentId: zId.optional(),
  basis: z.enum(['execution', 'indicator']).optional(),
  keyOnly: z.coerce.boolean().optional(),
});

export const ZKeyFlagInput = z.object({ keyProject: z.boolean() });

export const ZKeyRecordInput = z.object({
  kind: z.enum(KEY_RECORD_KINDS),
  month: z.number().int().min(1).max(12).optional(),
  paid: zMoney.optional(),
  visitDate: zDate.optional(),
  participants: z.string().trim().max(200).default(''),
  content: zText(2000),
});
export type TKeyRecordInput = z.infer<typeof ZKeyRecordInput>;

/** One row of the execution import/export sheet (money in 元 as typed in Excel). */
export const ZExecutionImportRow = z.object({
  code: zText(40),
  name: z.string().optional(),
  annualBudget: z.string().optional(),
  adjustedBudget: z.string().optional(),
  fundsReceived: z.string().trim().min(1, '到位资金不能为空'),
  paid: z.string().trim().min(1, '实际执行数不能为空'),
  rate: z.string().optional(),
});
export type TExecutionImportRow = z.infer<typeof ZExecutionImportRow>;
