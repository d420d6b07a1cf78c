import {
  type Level1,
  type Level2,
  level1Codes,
  level1Labels,
  level2Codes,
  level2Labels,
  operators,
  qualitativeLevels,
} from '../rules/indicator.ts';
import { z, zId, zMoney, zYear } from '../zod.ts';

/** Maps a Chinese label (产出指标) or a code (output) to the code; unknown values pass through to fail the enum. */
function codeOf<C extends string>(labels: Readonly<Record<C, string>>) {
  const byLabel = new Map<string, C>();
  for (const [code, label] of Object.entries(labels) as [C, string][]) {
    byLabel.set(label, code);
    byLabel.set(label.replace(/指标$/, ''), code);
  }
  return (value: unknown) => (typeof value === 'string' ? (byLabel.get(value.trim()) ?? value.trim()) : value);
}

export const zLevel1 = z.preprocess(codeOf(level1Labels), z.enum(level1Codes, { message: '一级指标不正确' }));
export const zLevel2 = z.preprocess(codeOf(level2Labels), z.enum(level2Codes, { message: '二级指标不正确' }));
const zScore = z.number().min(0, '得分不能为负数').max(100, '得分不能超过 100');
const zIndicatorNumber = z.number().min(0, '数值不能为负数').max(1e15, '数值超出范围');

/** One indicator row of the stable scoring contract. */
export const ZScoreIndicator = z.object({
  level1: zLevel1,
  level2: zLevel2,
  name: z.string().max(100).optional().default(''),
  operator: z.enum(operators, { message: '运算符应为 ≥、>、=、<、≤ 或 定性' }),
  target: zIndicatorNumber.nullable().optional().default(null),
  actual: zIndicatorNumber.nullable().optional().default(null),
  unit: z.string().max(20).optional().default(''),
  weight: z.number().min(0, '分值不能为负数').max(100, '分值不能超过 100'),
  qualitativeLevel: z.enum(qualitativeLevels).nullable().optional().default(null),
  claimedScore: zScore.nullable().optional().default(null),
});

/** POST /api/self-evaluations/score: computes, stores nothing. */
export const ZScoreRequest = z.object({
  year: zYear,
  budget: z.object({ annual: zMoney, executed: zMoney }),
  weights: z.object({ execution: z.number().min(0).max(100) }).optional(),
  indicators: z.array(ZScoreIndicator).max(200),
});
export type TScoreRequest = z.infer<typeof ZScoreRequest>;

export interface TScoreResponse {
  /** Fraction 0..1+ (0.8765 = 87.65 %); 0 when the annual budget is 0. */
  executionRate: number;
  executionScore: number;
  indicators: { score: number; maxScore: number; ruleScore: number; flags: string[] }[];
  total: number;
  grade: '优' | '良' | '中' | '差';
}

export const SELF_EVALUATION_STATUSES = ['draft', 'submitted', 'departmentApproved', 'approved', 'returned'] as const;
export type SelfEvaluationStatus = (typeof SELF_EVALUATION_STATUSES)[number];
export const SELF_EVALUATION_STATUS_LABELS: Record<SelfEvaluationStatus, string> = {
  draft: '填报中',
  submitted: '待主管部门审核',
  departmentApproved: '待财政审核',
  approved: '已审核',
  returned: '已退回',
};

export const ZSelfEvaluationListQuery = z.object({
  year: zYear.optional(),
  status: z.enum(SELF_EVALUATION_STATUSES).optional(),
  unitId: zId.optional(),
  grade: z.enum(['优', '良', '中', '差']).optional(),
  keyword: z.string().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});
export type TSelfEvaluationListQuery = z.infer<typeof ZSelfEvaluationListQuery>;

export const ZGenerateSelfEvaluations = z.object({ year: zYear, projectId: zId.optional() });

const zShortText = (label: string) => z.string().trim().max(200, `${label}不能超过 200 个字`);

export const ZSelfEvaluationIndicatorInput = z.object({
  id: zId,
  actual: zIndicatorNumber.nullable(),
  qualitativeLevel: z.enum(qualitativeLevels).nullable(),
  claimedScore: zScore.nullable(),
  deviationReason: z.string().trim().max(500, '偏差原因不能超过 500 个字').default(''),
  improvement: z.string().trim().max(500, '改进措施不能超过 500 个字').default(''),
});

export const ZSelfEvaluationUpdate = z.object({
  version: z.number().int().optional(),
  executedAmount: zMoney,
  actualOutcome: z.string().trim().max(2000).default(''),
  conclusion: zShortText('评价结论'),
  problems: zShortText('存在问题'),
  measures: zShortText('改进措施'),
  indicators: z.array(ZSelfEvaluationIndicatorInput).max(200),
});
export type TSelfEvaluationUpdate = z.infer<typeof ZSelfEvaluationUpdate>;

export const ZWorkflowReason = z.object({ reason: z.string().trim().max(1000).optional().default('') });
export const ZReturnReason = z.object({ reason: z.string().trim().min(1, '请填写退回意见').max(1000) });

export type { Level1, Level2 };
