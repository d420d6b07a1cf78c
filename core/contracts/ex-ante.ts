import type { AssessmentConclusion, TemplateKind } from '../rules/ex-ante/rules';
import type { ScoringTemplate } from '../rules/ex-ante/template-types';
import { z, zMoney, zText, zYear } from '../zod';

export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'returned', 'scoring', 'concluded'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: '申报中',
  submitted: '待组建专家组',
  returned: '已退回',
  scoring: '专家评审中',
  concluded: '已出具结论',
};

export const TEMPLATE_KINDS = ['project', 'policy', 'specialBond'] as const satisfies readonly TemplateKind[];
export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  project: '项目类',
  policy: '政策类',
  specialBond: '专项债券类',
};
export const CONCLUSIONS = ['support', 'partialSupport', 'reject'] as const satisfies readonly AssessmentConclusion[];

export const COST_BASES = ['quota', 'market', 'history', 'other'] as const;
/** The application form names the bases the way units write them. */
export const COST_BASIS_LABELS: Record<(typeof COST_BASES)[number], string> = {
  quota: '定额标准',
  market: '市场询价',
  history: '历史成本',
  other: '其他',
};

/** Materials checklist (申报材料清单); uploads go to attachments with slot = code. */
export const MATERIALS = [
  { code: 'feasibility', label: '项目实施方案或可行性研究报告', required: true },
  { code: 'costBasis', label: '成本测算依据（定额文件、询价单、历史合同）', required: true },
  { code: 'policyBasis', label: '政策依据文件', required: false },
  { code: 'targetsTable', label: '绩效目标申报表（草案）', required: false },
  { code: 'other', label: '其他佐证材料', required: false },
] as const;

export const ZCostLineInput = z.object({
  name: zText(100),
  quantity: z.number().min(0, '数量不能为负数').max(1e12),
  unit: z.string().trim().max(20).default(''),
  unitPrice: zMoney,
  amount: zMoney,
  basis: z.enum(COST_BASES),
  basisNote: z.string().trim().max(200).default(''),
});
export type TCostLineInput = z.infer<typeof ZCostLineInput>;

export const ZApplicationInput = z.object({
  necessity: z.string().trim().max(5000),
  implementationPlan: z.string().trim().max(5000),
  expectedBenefits: z.string().trim().max(5000),
  targetsDraft: z.string().trim().max(5000),
  mainOutput: z.string().trim().max(100),
  outputQuantity: z.number().min(0).max(1e12).nullable(),
  outputUnit: z.string().trim().max(20),
  historyUnitCost: zMoney.nullable(),
  templateKind: z.enum(TEMPLATE_KINDS),
  costLines: z.array(ZCostLineInput).max(200),
  version: z.number().int(),
});
export type TApplicationInput = z.infer<typeof ZApplicationInput>;

export const ZCreateAssessment = z.object({ projectId: z.number().int().positive() });
export const ZReasonInput = z.object({ reason: zText(500) });

export const ZCostReviewInput = z.object({
  benchmarkUnitCost: zMoney.nullable(),
  lines: z.array(z.object({ id: z.number().int().positive(), benchmarkUnitPrice: zMoney.nullable() })).max(200),
});
export type TCostReviewInput = z.infer<typeof ZCostReviewInput>;

export const ZPanelInput = z.object({
  expertIds: z.array(z.number().int().positive()).min(3, '专家组至少3人').max(15),
  leaderExpertId: z.number().int().positive().optional(),
  templateKind: z.enum(TEMPLATE_KINDS),
  drawSeed: z.number().int().min(0).max(2_147_483_647).optional(),
});
export type TPanelInput = z.infer<typeof ZPanelInput>;

export const ZScoreInput = z.object({
  scores: z.record(z.string(), z.number()),
  comments: z.record(z.string(), z.string().max(500)),
  overallComment: z.string().trim().max(2000).default(''),
  /** false saves a draft sheet; true submits it (every point scored and commented). */
  submit: z.boolean(),
});
export type TScoreInput = z.infer<typeof ZScoreInput>;

export const ZConcludeInput = z.object({
  conclusion: z.enum(CONCLUSIONS),
  overrideReason: z.string().trim().max(500).optional(),
  /** 建议安排金额 (分): integers only; the service checks 0 ≤ recommended ≤ requested. */
  recommendedAmount: z.number().int('金额必须为整数分'),
  opinion: zText(5000),
});
export type TConcludeInput = z.infer<typeof ZConcludeInput>;

export const ZEnterLibraryInput = z.object({ amount: z.number().int('金额必须为整数分').optional() });

export const ZAssessmentListQuery = z.object({
  year: zYear.optional(),
  status: z.enum(ASSESSMENT_STATUSES).optional(),
  q: z.string().trim().max(60).optional(),
});
export type TAssessmentListQuery = z.infer<typeof ZAssessmentListQuery>;

export const ZTemplateInput = z.object({
  name: zText(100),
  dimensions: z
    .array(
      z.object({
        code: zText(40),
        name: zText(40),
        weight: z.number(),
        points: z.array(
          z.object({ code: zText(40), name: zText(60), weight: z.number(), guidance: z.string().max(500) }),
        ),
      }),
    )
    .max(12),
  note: zText(500),
});
export type TTemplateInput = z.infer<typeof ZTemplateInput>;

export interface TTemplateVersion {
  id: number | null;
  kind: TemplateKind;
  versionNo: number;
  name: string;
  template: ScoringTemplate;
  note: string;
  createdAt: string | null;
}

export interface TStatisticsRow {
  key: string;
  label: string;
  count: number;
  requested: number;
  recommended: number;
  cut: number;
}
export interface TStatistics {
  year: number;
  total: TStatisticsRow;
  byDepartment: TStatisticsRow[];
  byField: TStatisticsRow[];
  byConclusion: TStatisticsRow[];
  inProgress: number;
}
