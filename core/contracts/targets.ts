import { level1Codes, level2Codes, operators } from '../rules/indicator';
import { z, zText } from '../zod';
import { INDICATOR_BASES } from './indicators';

/** Target workflow: unit submits → department reviews → finance reviews; approve or return. */
export const TARGET_STATUSES = ['draft', 'submitted', 'departmentApproved', 'approved', 'returned'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];
export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  draft: '草稿',
  submitted: '待主管部门审核',
  departmentApproved: '待财政审核',
  approved: '已批复',
  returned: '已退回',
};

export const ZTargetIndicatorInput = z.object({
  /** Id of the stored row being edited (keeps the reviewer's comment on it). */
  id: z.number().int().positive().optional(),
  level1: z.enum(level1Codes, { message: '一级指标不正确' }),
  level2: z.enum(level2Codes, { message: '二级指标不正确' }),
  name: z.string().trim().max(100, '指标名称不能超过 100 个字符'),
  operator: z.enum(operators, { message: '运算符应为 ≥ > = < ≤ 或 定性' }),
  targetValue: z.string().trim().max(60, '指标值不能超过 60 个字符'),
  unit: z.string().trim().max(20).default(''),
  weight: z.number().min(0, '权重不能为负数').max(100, '权重不能超过 100'),
  valueNote: z.string().trim().max(200).default(''),
  basis: z.enum(INDICATOR_BASES).default('计划标准'),
  libraryIndicatorId: z.number().int().positive().nullable().default(null),
});
export type TTargetIndicatorInput = z.infer<typeof ZTargetIndicatorInput>;

export const ZTargetSave = z.object({
  overallGoal: z.string().trim().max(2000).default(''),
  annualGoal: z.string().trim().max(2000).default(''),
  indicators: z.array(ZTargetIndicatorInput).max(60, '指标不能超过 60 条'),
  version: z.number().int().optional(),
});
export type TTargetSave = z.infer<typeof ZTargetSave>;

export const ZTargetCreate = z.object({ projectId: z.number().int().positive() });

export const ZTargetReview = z.object({
  decision: z.enum(['approve', 'return']),
  comment: z.string().trim().max(500).default(''),
  indicatorComments: z
    .array(z.object({ indicatorId: z.number().int().positive(), comment: zText(500) }))
    .max(60)
    .default([]),
});
export type TTargetReview = z.infer<typeof ZTargetReview>;

export const ZTargetAdjust = z.object({ reason: zText(500) });

export const ZTargetListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(TARGET_STATUSES).optional(),
  departmentId: z.coerce.number().int().optional(),
  unitId: z.coerce.number().int().optional(),
  projectId: z.coerce.number().int().optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});
export type TTargetListQuery = z.infer<typeof ZTargetListQuery>;

export const TARGET_ACTIONS = ['edit', 'submit', 'approve', 'return', 'adjust', 'import'] as const;
export type TargetAction = (typeof TARGET_ACTIONS)[number];
