import { level1Codes, level2Codes, operators } from '../rules/indicator';
import { z, zPage, zText, zYear } from '../zod';

export const INDICATOR_LAYERS = ['common', 'industry', 'project'] as const;
export type IndicatorLayer = (typeof INDICATOR_LAYERS)[number];
export const INDICATOR_LAYER_LABELS: Record<IndicatorLayer, string> = {
  common: '共性指标',
  industry: '行业指标',
  project: '项目个性指标',
};

export const INDICATOR_STATUSES = ['enabled', 'disabled', 'proposed', 'returned'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = {
  enabled: '启用',
  disabled: '停用',
  proposed: '待财政审核',
  returned: '已退回',
};

export const INDICATOR_BASES = ['计划标准', '行业标准', '历史标准', '其他标准'] as const;

export const ZIndicatorInput = z.object({
  year: zYear,
  fieldCode: z.string().trim().max(32).nullable().default(null),
  industry: z.string().trim().max(60).default(''),
  category: z.string().trim().max(60).default(''),
  layer: z.enum(INDICATOR_LAYERS, { message: '指标层级应为共性指标、行业指标或项目个性指标' }),
  level1: z.enum(level1Codes, { message: '一级指标不正确' }),
  level2: z.enum(level2Codes, { message: '二级指标不正确' }),
  name: zText(100),
  operator: z.enum(operators, { message: '运算符应为 ≥ > = < ≤ 或 定性' }),
  unit: z.string().trim().max(20).default(''),
  recommendedValue: z.string().trim().max(60).default(''),
  basis: z
    .enum(INDICATOR_BASES, { message: '指标值依据应为计划标准、行业标准、历史标准或其他标准' })
    .default('计划标准'),
  explanation: z.string().trim().max(500).default(''),
  calculation: z.string().trim().max(500).default(''),
  dataSource: z.string().trim().max(200).default(''),
  scoringNote: z.string().trim().max(500).default(''),
  projectKinds: z.string().trim().max(60).default(''),
});
export type TIndicatorInput = z.infer<typeof ZIndicatorInput>;
export const ZIndicatorUpdate = ZIndicatorInput.extend({ version: z.number().int() });

export const ZIndicatorListQuery = zPage.extend({
  year: zYear,
  fieldCode: z.string().max(32).optional(),
  level1: z.enum(level1Codes).optional(),
  level2: z.enum(level2Codes).optional(),
  layer: z.enum(INDICATOR_LAYERS).optional(),
  status: z.enum(INDICATOR_STATUSES).optional(),
  q: z.string().trim().max(50).optional(),
});
export type TIndicatorListQuery = z.infer<typeof ZIndicatorListQuery>;

export const ZIndicatorReview = z.object({
  decision: z.enum(['approve', 'return']),
  comment: z.string().trim().max(500).default(''),
});
export const ZIndicatorDerive = z.object({ fromYear: zYear, toYear: zYear });
export const ZIndicatorPromote = z.object({
  targetIndicatorId: z.number().int().positive(),
  fieldCode: z.string().trim().max(32).nullable(),
  layer: z.enum(['common', 'industry']),
});

/** Import row: the same columns as the export, every cell as text. */
export const ZIndicatorImportRow = z.object({
  fieldCode: z.string().trim().max(32),
  industry: z.string().trim().max(60),
  category: z.string().trim().max(60),
  layer: z.string().trim(),
  level1: z.string().trim(),
  level2: z.string().trim(),
  name: zText(100),
  operator: z.string().trim(),
  unit: z.string().trim().max(20),
  recommendedValue: z.string().trim().max(60),
  basis: z.string().trim(),
  explanation: z.string().trim().max(500),
  calculation: z.string().trim().max(500),
  dataSource: z.string().trim().max(200),
  scoringNote: z.string().trim().max(500),
  projectKinds: z.string().trim().max(60),
  status: z.string().trim(),
});
export type TIndicatorImportRow = z.infer<typeof ZIndicatorImportRow>;
