import type { ScoringRules, SelfEvaluationScore } from '../../../../../core/rules/scoring/index';

export interface IndicatorRow {
  id: number;
  level1: string;
  level2: string;
  name: string;
  operator: string;
  targetValue: string;
  targetNumber: number | null;
  unit: string;
  weight: number;
  actualNumber: number | null;
  qualitativeLevel: string | null;
  claimedScore: number | null;
  score: number;
  deviationReason: string;
  improvement: string;
  evidenceCount: number;
}

export interface Detail {
  id: number;
  year: number;
  version: number;
  projectCode: string;
  projectName: string;
  unitName: string;
  initialBudget: number;
  annualBudget: number;
  executedAmount: number;
  overallGoal: string;
  actualOutcome: string;
  conclusion: string;
  problems: string;
  measures: string;
  status: string;
  reviewReturned: boolean;
  returnComment: string | null;
  indicators: IndicatorRow[];
  score: SelfEvaluationScore;
  rules: ScoringRules;
  steps: {
    id: number;
    action: string;
    toStatus: string;
    actorName: string | null;
    reason: string | null;
    at: string;
  }[];
  allowedActions: string[];
}

export interface Draft {
  /** null while the field is cleared: saving asks for a figure instead of storing 0. */
  executedAmount: number | null;
  actualOutcome: string;
  conclusion: string;
  problems: string;
  measures: string;
  indicators: IndicatorRow[];
}
