import { type ReviewCheckCode, reviewAreas, reviewCheckCodes, reviewSeverities } from '../rules/review/review-rules.ts';
import { z, zId, zMoney, zPage, zText, zYear } from '../zod.ts';

export const REVIEW_SAMPLE_STATUSES = ['pending', 'returned', 'resubmitted', 'passed'] as const;
export type ReviewSampleStatus = (typeof REVIEW_SAMPLE_STATUSES)[number];
export const REVIEW_SAMPLE_STATUS_LABELS: Record<ReviewSampleStatus, string> = {
  pending: '待复核',
  returned: '已退回整改',
  resubmitted: '已重新提交',
  passed: '复核通过',
};

export const SAMPLE_REASONS = [
  'random',
  'amount',
  'excellentLowExecution',
  'lastYearProblems',
  'screening',
  'manual',
] as const;
export type SampleReason = (typeof SAMPLE_REASONS)[number];
export const SAMPLE_REASON_LABELS: Record<SampleReason, string> = {
  random: '随机抽取',
  amount: '金额较大',
  excellentLowExecution: '自评为优但执行率偏低',
  lastYearProblems: '上年复核有问题',
  screening: '全覆盖筛查发现问题',
  manual: '指定抽取',
};

export const FINDING_STATUS_LABELS = { proposed: '待确认', accepted: '已采纳', dropped: '已剔除' } as const;
export const SEVERITY_LABELS = { P0: 'P0 必须整改', P1: 'P1 应当整改', P2: 'P2 改进建议' } as const;
export const FINDING_ORIGIN_LABELS = { rule: '自动检查', reviewer: '复核人员' } as const;

/** 复核建议台账: findings across batches (a cockpit number by area drills here), scoped like the samples. */
export const ZFindingListQuery = zPage.extend({
  /** The evaluated year (the batches' 被复核自评年度). */
  year: zYear.optional(),
  /** The year the review work was done (复核年度), as the cockpit counts. */
  workYear: zYear.optional(),
  batchId: zId.optional(),
  unitId: zId.optional(),
  area: z.enum(reviewAreas).optional(),
  severity: z.enum(reviewSeverities).optional(),
  status: z.enum(['proposed', 'accepted', 'dropped']).optional(),
  origin: z.enum(['rule', 'reviewer']).optional(),
  /** Part of the project name or code, or of the finding's text. */
  keyword: z.string().trim().max(50).optional(),
});
export type TFindingListQuery = z.infer<typeof ZFindingListQuery>;

/** 自评全覆盖筛查: run over every submitted self-evaluation of a year. */
export const ZScreeningRunInput = z.object({ year: zYear });

/** The screened forms of a year, filtered; a form matches a severity when it has at least one finding of it. */
export const ZScreeningQuery = zPage.extend({
  year: zYear,
  unitId: zId.optional(),
  severity: z.enum(reviewSeverities).optional(),
  /** Only forms where this check fired. */
  code: z.enum(reviewCheckCodes as [ReviewCheckCode, ...ReviewCheckCode[]]).optional(),
  /** Only forms with no finding at all (true) or with at least one (false). */
  clean: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Part of the project name or code. */
  keyword: z.string().trim().max(50).optional(),
});
export type TScreeningQuery = z.infer<typeof ZScreeningQuery>;

export const ZReviewBatchInput = z.object({
  year: zYear,
  workYear: zYear,
  name: zText(100),
});

export const ZReviewBatchListQuery = z.object({ year: zYear.optional(), workYear: zYear.optional() });

export const ZSamplingInput = z.object({
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31),
  randomCount: z.number().int().min(0).max(100_000),
  amountAbove: zMoney.nullable().default(null),
  excellentExecutionBelow: z.number().min(0).max(100).nullable().default(null),
  lastYearProblemUnits: z.boolean().default(false),
  /** Take every form the year's screening (自评全覆盖筛查) found a P0 problem in ('P0'), or a P0 or P1 one ('P1'). */
  screeningSeverity: z.enum(['P0', 'P1']).nullable().default(null),
});
export type TSamplingInput = z.infer<typeof ZSamplingInput>;

export const ZAssignInput = z
  .object({
    sampleIds: z.array(zId).min(1, '请选择抽查项目').max(10_000),
    reviewerUserId: zId.nullable().default(null),
    agencyOrgId: zId.nullable().default(null),
  })
  .refine((v) => (v.reviewerUserId === null) !== (v.agencyOrgId === null), {
    message: '请指定复核人员或第三方机构（二选一）',
    path: ['reviewerUserId'],
  });

export const ZSampleListQuery = z.object({
  status: z.enum(REVIEW_SAMPLE_STATUSES).optional(),
  unitId: zId.optional(),
});

export const ZWorkpaperInput = z.object({
  rows: z
    .array(
      z.object({
        indicatorId: zId,
        reviewValue: z.string().trim().max(60).nullable(),
        reviewScore: z.number().min(0).max(100).nullable(),
        note: z.string().trim().max(500).default(''),
      }),
    )
    .max(200),
});

export const ZFindingUpdate = z.object({
  status: z.enum(['proposed', 'accepted', 'dropped']),
  severity: z.enum(reviewSeverities).optional(),
  evidence: z.string().trim().max(1000).optional(),
  suggestion: zText(1000).optional(),
});

export const ZFindingInput = z.object({
  area: z.enum(reviewAreas),
  severity: z.enum(reviewSeverities),
  indicatorId: zId.nullable().default(null),
  evidence: z.string().trim().max(1000).default(''),
  suggestion: zText(1000),
});

export const ZDecisionInput = z
  .object({
    decision: z.enum(['pass', 'return']),
    comment: z.string().trim().max(1000).default(''),
    /** Rectification deadline (YYYY-MM-DD), required when returning. */
    deadline: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
      .nullable()
      .default(null),
  })
  .refine((v) => v.decision === 'pass' || (v.deadline !== null && v.comment !== ''), {
    message: '退回整改须填写退回意见和整改期限',
    path: ['deadline'],
  });
export type TDecisionInput = z.infer<typeof ZDecisionInput>;

export const ZFeedbackQuery = z.object({ unitId: zId.optional() });

/** 办结后重新打开批次须说明理由。 */
export const ZBatchReopenInput = z.object({ reason: zText(500) });

/** 批量通过: samples without open findings, in one transaction. */
export const ZBulkPassInput = z.object({
  sampleIds: z.array(zId).min(1, '请选择要通过的项目').max(10_000),
  comment: z.string().trim().max(1000).default(''),
});
export type TBulkPassInput = z.infer<typeof ZBulkPassInput>;

export const BATCH_STATUS_LABELS = { open: '进行中', closed: '已办结' } as const;
