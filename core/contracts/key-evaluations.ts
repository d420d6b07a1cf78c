import { BUDGET_TYPES } from '../enums';
import { evaluationKinds, frameworkCodes } from '../rules/key-evaluation/index';
import { z, zMoney, zText, zYear } from '../zod';

export const KEY_EVALUATION_STAGES = [
  'planned',
  'notice',
  'workPlan',
  'fieldWork',
  'preliminary',
  'exchange',
  'reportSubmitted',
  'finalised',
  'archived',
  'cancelled',
] as const;
export type KeyEvaluationStage = (typeof KEY_EVALUATION_STAGES)[number];
export const KEY_EVALUATION_STAGE_LABELS: Record<KeyEvaluationStage, string> = {
  planned: '已列入计划',
  notice: '已下达通知',
  workPlan: '工作方案已定',
  fieldWork: '数据采集与现场评价',
  preliminary: '已形成初步结论',
  exchange: '征求被评价单位意见',
  reportSubmitted: '报告待财政审核',
  finalised: '评价完成',
  archived: '已归档',
  cancelled: '已取消',
};

/** Procedure steps (with planned dates and deliverables) in order. */
export const KEY_EVALUATION_STEPS = [
  'notice',
  'workPlan',
  'fieldWork',
  'preliminary',
  'exchange',
  'final',
  'archive',
] as const;
export type KeyEvaluationStep = (typeof KEY_EVALUATION_STEPS)[number];
export const KEY_EVALUATION_STEP_LABELS: Record<KeyEvaluationStep, string> = {
  notice: '下达评价通知',
  workPlan: '制定工作方案',
  fieldWork: '数据采集与现场调研',
  preliminary: '形成初步结论',
  exchange: '与被评价单位交换意见',
  final: '确定评分、等级与报告',
  archive: '归档',
};

export const KEY_EVALUATION_ACTIONS = [
  'issueNotice',
  'confirmWorkPlan',
  'startFieldWork',
  'submitPreliminary',
  'requestViews',
  'submitReport',
  'return',
  'finalise',
  'archive',
  'cancel',
] as const;
export type KeyEvaluationAction = (typeof KEY_EVALUATION_ACTIONS)[number];
export const KEY_EVALUATION_ACTION_LABELS: Record<KeyEvaluationAction, string> = {
  issueNotice: '下达评价通知',
  confirmWorkPlan: '确认工作方案',
  startFieldWork: '开始现场评价',
  submitPreliminary: '形成初步结论',
  requestViews: '征求单位意见',
  submitReport: '提交评价报告',
  return: '退回报告',
  finalise: '审定并完成评价',
  archive: '归档',
  cancel: '取消评价',
};

export const OBJECT_TYPES = ['project', 'department', 'item'] as const;
export const OBJECT_TYPE_LABELS: Record<(typeof OBJECT_TYPES)[number], string> = {
  project: '项目',
  department: '部门',
  item: '政策/采购/服务/债务事项',
};
export const TEAM_MODES = ['agency', 'finance'] as const;
export const TEAM_MODE_LABELS: Record<(typeof TEAM_MODES)[number], string> = {
  agency: '委托第三方机构',
  finance: '财政评价组',
};

const zMethod = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ratio'),
    formula: z.enum(['fundsInPlaceRate', 'budgetExecutionRate', 'completionRate', 'qualityRate', 'costSavingRate']),
  }),
  z.object({
    type: z.literal('bands'),
    unit: z.string().max(20),
    bands: z.array(z.object({ min: z.number(), percent: z.number() })).max(10),
  }),
  z.object({ type: z.literal('deduction'), perOccurrence: z.number() }),
  z.object({ type: z.literal('survey') }),
  z.object({ type: z.literal('judgement') }),
]);
const zCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, '编码须以字母开头，仅含字母数字下划线');

/** A three-level framework (mirrors EvaluationTemplate of the rules). */
export const ZFramework = z.object({
  kind: z.enum(evaluationKinds),
  name: zText(100),
  dimensions: z
    .array(
      z.object({
        code: z.enum(frameworkCodes),
        weight: z.number().min(0).max(100),
        level2: z
          .array(
            z.object({
              code: zCode,
              name: zText(40),
              weight: z.number().min(0).max(100),
              indicators: z
                .array(
                  z.object({
                    code: zCode,
                    name: zText(60),
                    weight: z.number().min(0).max(100),
                    method: zMethod,
                    guidance: z.string().max(500),
                  }),
                )
                .max(30),
            }),
          )
          .max(20),
      }),
    )
    .max(4),
});
export type TFramework = z.infer<typeof ZFramework>;

export const ZKeyEvaluationInput = z
  .object({
    year: zYear,
    kind: z.enum(evaluationKinds),
    budgetType: z.enum(BUDGET_TYPES),
    objectType: z.enum(OBJECT_TYPES),
    projectId: z.number().int().positive().nullable().optional(),
    departmentId: z.number().int().positive().nullable().optional(),
    unitId: z.number().int().positive().nullable().optional(),
    objectName: z.string().trim().max(200).optional(),
    name: z.string().trim().max(200).optional(),
    amount: zMoney.optional(),
    reasons: z.array(z.string().max(60)).max(10).default([]),
    teamMode: z.enum(TEAM_MODES).default('agency'),
    plannedDates: z.partialRecord(z.enum(KEY_EVALUATION_STEPS), z.iso.date()).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.objectType === 'project' && !v.projectId)
      ctx.addIssue({ code: 'custom', message: '请选择被评价项目', path: ['projectId'] });
    if (v.objectType === 'department' && !v.departmentId)
      ctx.addIssue({ code: 'custom', message: '请选择被评价部门', path: ['departmentId'] });
    if (v.objectType === 'item' && (!v.unitId || !v.objectName))
      ctx.addIssue({ code: 'custom', message: '请填写评价事项名称并选择责任单位', path: ['objectName'] });
  });
export type TKeyEvaluationInput = z.infer<typeof ZKeyEvaluationInput>;

export const ZKeyEvaluationListQuery = z.object({
  year: zYear.optional(),
  kind: z.enum(evaluationKinds).optional(),
  budgetType: z.enum(BUDGET_TYPES).optional(),
  stage: z.enum(KEY_EVALUATION_STAGES).optional(),
});

export const ZCandidateQuery = z.object({
  year: zYear,
  minAmountWan: z.coerce.number().min(0).default(500),
  minYears: z.coerce.number().int().min(1).default(3),
});

export const ZTransitionInput = z.object({
  action: z.enum(KEY_EVALUATION_ACTIONS),
  deliverable: z.string().trim().max(500).default(''),
  reason: z.string().trim().max(500).optional(),
  version: z.number().int().optional(),
});

/** Evaluator input for one indicator; a survey may come as individual questionnaire results. */
export const ZIndicatorInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ratio'), numerator: z.number(), denominator: z.number() }),
  z.object({ type: z.literal('bands'), value: z.number() }),
  z.object({ type: z.literal('deduction'), occurrences: z.number().int() }),
  z.object({
    type: z.literal('survey'),
    averagePercent: z.number().optional(),
    responses: z.array(z.number()).max(10_000).optional(),
  }),
  z.object({ type: z.literal('judgement'), score: z.number() }),
]);
export type TIndicatorInput = z.infer<typeof ZIndicatorInput>;

export const ZScoresInput = z.object({
  inputs: z.record(z.string(), ZIndicatorInput),
  notes: z.record(z.string(), z.string().max(500)).default({}),
  version: z.number().int().optional(),
});

export const ZReportTextInput = z.object({
  summary: z.string().max(5000),
  conclusion: z.string().max(5000),
  suggestions: z.string().max(5000),
  version: z.number().int().optional(),
});

export const ZResponseInput = z.object({ text: zText(3000) });

export const ZFindingInput = z.object({
  problem: zText(1000),
  requirement: zText(1000),
  severity: z.enum(['high', 'medium', 'low']).default('medium'),
  unitId: z.number().int().positive().optional(),
  deadline: z.iso.date(),
});
export type TFindingInput = z.infer<typeof ZFindingInput>;
