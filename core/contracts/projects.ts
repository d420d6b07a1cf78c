import { BUDGET_TYPES } from '../enums';
import { z, zPage, zPositiveMoney, zText, zYear } from '../zod';

/** 项目库 status: draft → pendingAssessment → inLibrary → budgeted → executing → completed. */
export const PROJECT_STATUSES = [
  'draft',
  'pendingAssessment',
  'inLibrary',
  'budgeted',
  'executing',
  'completed',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  draft: '草稿',
  pendingAssessment: '待评审',
  inLibrary: '已入库',
  budgeted: '已安排预算',
  executing: '执行中',
  completed: '已完成',
};

export const PROJECT_KINDS = ['recurring', 'continuing', 'oneOff'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = {
  recurring: '常年性项目',
  continuing: '延续性项目',
  oneOff: '一次性项目',
};

/** Project actions; the server's transition table says from which status each one is allowed. */
export const PROJECT_ACTIONS = [
  'submit',
  'withdraw',
  'enterLibrary',
  'return',
  'budget',
  'execute',
  'complete',
] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];
export const PROJECT_ACTION_LABELS: Record<ProjectAction, string> = {
  submit: '提交入库申请',
  withdraw: '撤回',
  enterLibrary: '审核入库',
  return: '退回',
  budget: '安排预算',
  execute: '下达执行',
  complete: '办结',
};

export const ZFundSource = z.object({ source: zText(40), amount: zPositiveMoney });

export const ZProjectInput = z
  .object({
    year: zYear,
    code: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z-]{3,40}$/, '项目编码只能包含字母、数字和“-”，3–40 位')
      .optional(),
    name: zText(200),
    /** Finance/department pick the unit; a unit user declares for itself. */
    unitId: z.number().int().positive().optional(),
    fieldCode: zText(32),
    budgetType: z.enum(BUDGET_TYPES, { message: '预算类型不正确' }),
    projectKind: z.enum(PROJECT_KINDS, { message: '项目类型不正确' }),
    isNew: z.boolean().default(true),
    isPolicy: z.boolean().default(false),
    startYear: zYear,
    endYear: zYear,
    totalAmount: zPositiveMoney,
    requestedAmount: zPositiveMoney,
    fundSources: z.array(ZFundSource).max(10).default([]),
    description: z.string().trim().max(4000).default(''),
  })
  .refine((p) => p.endYear >= p.startYear, { message: '结束年度不能早于开始年度', path: ['endYear'] })
  .refine((p) => p.requestedAmount <= p.totalAmount, {
    message: '年度申报金额不能超过项目总金额',
    path: ['requestedAmount'],
  })
  .refine((p) => p.fundSources.length === 0 || p.fundSources.reduce((s, f) => s + f.amount, 0) === p.requestedAmount, {
    message: '各资金来源金额之和应等于年度申报金额',
    path: ['fundSources'],
  });
export type TProjectInput = z.infer<typeof ZProjectInput>;
export const ZProjectUpdate = ZProjectInput.and(z.object({ version: z.number().int() }));

export const ZProjectListQuery = zPage.extend({
  year: zYear.optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  departmentId: z.coerce.number().int().optional(),
  unitId: z.coerce.number().int().optional(),
  fieldCode: z.string().max(32).optional(),
  budgetType: z.enum(BUDGET_TYPES).optional(),
  projectKind: z.enum(PROJECT_KINDS).optional(),
  keyProject: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(50).optional(),
});
export type TProjectListQuery = z.infer<typeof ZProjectListQuery>;

export const ZProjectTransition = z.object({
  action: z.enum(PROJECT_ACTIONS),
  reason: z.string().trim().max(500).optional(),
  /** Budget amount in 分 for action 'budget'. */
  amount: zPositiveMoney.optional(),
});
export type TProjectTransition = z.infer<typeof ZProjectTransition>;

export const ZBudgetAdjust = z.object({ amount: zPositiveMoney, reason: zText(500) });

/** At most this many matches of a keyword search are counted and summed (the list shows "2,000+"). */
export const PROJECT_SEARCH_CAP = 2000;

/** One page of the project list with totals (分) over the whole filter. */
export interface TProjectListPage {
  items: TProjectRow[];
  total: number;
  /** A keyword search matched more than PROJECT_SEARCH_CAP projects: total is that cap and sums are null. */
  totalCapped: boolean;
  sums: { requested: number; approved: number; adjusted: number } | null;
}

/** One row of a project list. */
export interface TProjectRow {
  id: number;
  year: number;
  code: string;
  name: string;
  unitId: number;
  unitName: string;
  departmentId: number;
  departmentName: string;
  fieldCode: string;
  budgetType: string;
  projectKind: string;
  isNew: boolean;
  requestedAmount: number;
  approvedAmount: number | null;
  adjustedAmount: number | null;
  status: string;
  keyProject: boolean;
  targetStatus: string | null;
}
