import { z, zText, zYear } from '../zod';

export const RESULT_DECISIONS = ['pending', 'accepted', 'overridden'] as const;
export type ResultDecision = (typeof RESULT_DECISIONS)[number];
export const RESULT_DECISION_LABELS: Record<ResultDecision, string> = {
  pending: '待确认',
  accepted: '已采纳',
  overridden: '已调整',
};

export const ZResultsRunInput = z.object({ year: zYear });

export const ZResultsLineQuery = z.object({
  decision: z.enum(RESULT_DECISIONS).optional(),
  departmentId: z.coerce.number().int().positive().optional(),
  action: z.string().max(16).optional(),
});

/** Finance overrides a proposal: its own change (分, ≤ 0 or a positive restoration) and a mandatory reason. */
export const ZResultsOverride = z.object({
  action: z.enum(['prioritise', 'fundAsNeeded', 'cut', 'cancel', 'suspend']),
  /** New budget of next year's project in 分. */
  newBudget: z
    .number()
    .int('金额必须为整数分')
    .min(0, '金额不能为负数')
    .max(10 ** 13),
  reason: zText(500),
  version: z.number().int().optional(),
});
export type TResultsOverride = z.infer<typeof ZResultsOverride>;

export const ZResultsAccept = z.object({ version: z.number().int().optional() });

export const ZWhatIfQuery = z.object({
  cutPercent: z.coerce.number().min(0).max(100).optional(),
  unrectifiedCutPercent: z.coerce.number().min(0).max(100).optional(),
});

export interface TResultsEvidence {
  kind: string;
  label: string;
  detail: string;
  entity: string | null;
  entityId: number | null;
  amount?: number | null;
}

export interface TResultsLine {
  id: number;
  runId: number;
  projectId: number;
  nextProjectId: number;
  unitId: number;
  unitName: string;
  departmentId: number;
  departmentName: string;
  projectName: string;
  projectKind: string;
  evaluationKind: string;
  grade: string;
  score: number | null;
  openRectifications: number;
  evidence: TResultsEvidence[];
  budgetBefore: number;
  proposedAction: string;
  proposedCutPercent: number | null;
  proposedChange: number;
  reason: string;
  decision: ResultDecision;
  finalAction: string | null;
  finalChange: number | null;
  overrideReason: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  appliedAt: string | null;
  version: number;
}

export interface TResultsRun {
  id: number;
  year: number;
  targetYear: number;
  generatedAt: string;
  lines: number;
  pending: number;
  accepted: number;
  overridden: number;
  /** Sum of proposed changes (分, ≤ 0) and of decided changes. */
  proposedChange: number;
  decidedChange: number;
}

export interface TResultsTotals {
  year: number;
  /** Cuts to next year's budgets from accepted results lines (分, positive). */
  cutsFromResults: number;
  /** Ex-ante assessment cuts of the year (requested − recommended, 分). */
  exAnteCuts: number;
  exAnteAssessments: number;
  /** Funds recovered by monitoring disposals of the year (分). */
  recoveries: number;
  /** Next year's budgets of projects given priority (分). */
  prioritisedAmount: number;
  prioritisedProjects: number;
  cutProjects: number;
}
