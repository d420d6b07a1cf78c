import type { EvaluationTemplate, FrameworkCode } from '../../../../core/rules/key-evaluation/index';

export interface EvaluationListItem {
  id: number;
  year: number;
  name: string;
  kind: string;
  budgetType: string;
  objectType: string;
  objectName: string;
  unitName: string | null;
  amount: number;
  teamMode: string;
  stage: string;
  totalScore: number | null;
  grade: string | null;
}

export interface Coverage {
  total: number;
  finished: number;
  byKind: Record<string, number>;
  byBudgetType: Record<string, number>;
}

export interface Step {
  id: number;
  step: string;
  plannedOn: string | null;
  doneOn: string | null;
  deliverable: string;
  actorName: string | null;
}

export interface Finding {
  id: number;
  unitId: number;
  unitName: string | null;
  problem: string;
  requirement: string;
  severity: string;
  deadline: string;
  rectificationId: number | null;
}

export interface FlatIndicator {
  code: string;
  name: string;
  weight: number;
  guidance: string;
  level1: FrameworkCode;
  method: EvaluationTemplate['dimensions'][number]['level2'][number]['indicators'][number]['method'];
}

export interface EvaluationDetail extends EvaluationListItem {
  version: number;
  departmentId: number;
  unitId: number | null;
  departmentName: string | null;
  reasons: string[];
  framework: EvaluationTemplate;
  indicators: FlatIndicator[];
  inputs: Record<string, Record<string, number | string | number[]>>;
  indicatorScores: Record<string, number>;
  indicatorNotes: Record<string, string>;
  byLevel1: Record<string, number> | null;
  summary: string;
  conclusion: string;
  suggestions: string;
  unitResponse: string | null;
  unitRespondedAt: string | null;
  returnComment: string | null;
  steps: Step[];
  findings: Finding[];
  engagement: {
    id: number;
    agencyId: number;
    agencyName: string;
    status: string;
    fee: number | null;
    qualityScore: number | null;
    payable: number | null;
  } | null;
  allowedActions: string[];
}

export const GRADE_COLORS: Record<string, string> = { 优: 'green', 良: 'blue', 中: 'orange', 差: 'red' };
export const STAGE_COLORS: Record<string, string> = {
  planned: 'default',
  finalised: 'green',
  archived: 'cyan',
  reportSubmitted: 'gold',
  exchange: 'purple',
  cancelled: 'red',
};
