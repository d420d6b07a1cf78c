import { z, zId, zText, zYear } from '../zod';

/** Where a rectification item came from (整改来源). */
export const RECTIFICATION_SOURCES = [
  'targetReview',
  'exAnte',
  'monitoring',
  'selfEvaluationReview',
  'keyEvaluation',
  'audit',
] as const;
export type RectificationSource = (typeof RECTIFICATION_SOURCES)[number];
export const RECTIFICATION_SOURCE_LABELS: Record<RectificationSource, string> = {
  targetReview: '绩效目标审核',
  exAnte: '事前绩效评估',
  monitoring: '运行监控处置',
  selfEvaluationReview: '自评复核',
  keyEvaluation: '重点绩效评价',
  audit: '审计发现',
};

export const RECTIFICATION_STATUSES = ['issued', 'inProgress', 'submitted', 'closed', 'returned'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = {
  issued: '已下发',
  inProgress: '整改中',
  submitted: '待销号审核',
  closed: '已销号',
  returned: '已退回',
};

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = { high: '严重', medium: '一般', low: '轻微' };

/** Workflow actions on an item; `progress` also starts the work (issued/returned → inProgress). */
export const RECTIFICATION_ACTIONS = ['progress', 'submit', 'close', 'return'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];
/** What a detail's `allowedActions` may hold: the workflow actions and uploading evidence (no status change). */
export type RectificationItemAction = RectificationAction | 'attachEvidence';
export const RECTIFICATION_ACTION_LABELS: Record<RectificationAction | 'issue' | 'remind', string> = {
  issue: '下发整改',
  progress: '记录进展',
  submit: '提交销号申请',
  close: '审核销号',
  return: '退回重改',
  remind: '逾期催办',
};

const zDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const ZRectificationListQuery = z.object({
  year: zYear.optional(),
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  source: z.enum(RECTIFICATION_SOURCES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  departmentId: zId.optional(),
  unitId: zId.optional(),
  projectId: zId.optional(),
  sourceEntity: z.string().trim().max(40).optional(),
  sourceId: zId.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});
export type TRectificationListQuery = z.infer<typeof ZRectificationListQuery>;

/** Manual entry by finance of an item found outside the system (audit). */
export const ZRectificationManualInput = z.object({
  year: zYear,
  unitId: zId,
  projectId: zId.nullable().optional(),
  problem: zText(1000),
  requirement: zText(1000),
  severity: z.enum(SEVERITIES).default('medium'),
  deadline: zDate,
  responsiblePerson: z.string().trim().max(40).nullable().optional(),
});
export type TRectificationManualInput = z.infer<typeof ZRectificationManualInput>;

export const ZRectificationStep = z.object({
  note: z.string().trim().max(1000).optional(),
  version: z.number().int().optional(),
});
export const ZRectificationProgress = z.object({ note: zText(1000), version: z.number().int().optional() });
export const ZRectificationReturn = z.object({ reason: zText(500), version: z.number().int().optional() });

export const ZRectificationStatsQuery = z.object({ year: zYear });

export interface TRectificationRow {
  id: number;
  year: number;
  source: RectificationSource;
  sourceEntity: string | null;
  sourceId: number | null;
  projectId: number | null;
  projectName: string | null;
  unitId: number;
  unitName: string;
  departmentId: number;
  departmentName: string;
  problem: string;
  requirement: string;
  severity: Severity;
  deadline: string;
  responsiblePerson: string | null;
  status: RectificationStatus;
  overdue: boolean;
  closedAt: string | null;
  createdAt: string;
  version: number;
}

export interface TRectificationEvent {
  id: number;
  action: string;
  note: string | null;
  actorName: string | null;
  at: string;
}

export interface TRectificationDetail extends TRectificationRow {
  events: TRectificationEvent[];
  evidenceCount: number;
  allowedActions: RectificationItemAction[];
}

export interface TCount {
  key: string;
  label: string;
  total: number;
  closed: number;
  overdue: number;
}

export interface TRectificationStats {
  total: number;
  closed: number;
  open: number;
  overdue: number;
  /** closed / total, 0..1 (null when no items). */
  closureRate: number | null;
  byStatus: { status: RectificationStatus; count: number }[];
  bySource: TCount[];
  byDepartment: TCount[];
  byUnit: TCount[];
  /** Month ends of the year: cumulative raised / closed and overdue at that date. */
  monthly: { month: string; raised: number; closed: number; overdue: number }[];
}
