/** Reasons a completed-year project is suggested for a key evaluation (执行完毕即行评价). */
export type CandidateReason = 'largeAmount' | 'wideCoverage' | 'longRunning' | 'poorResults' | 'completed';

export const CANDIDATE_REASON_LABELS: Record<CandidateReason, string> = {
  largeAmount: '资金量大',
  wideCoverage: '覆盖面广',
  longRunning: '实施周期长',
  poorResults: '上年绩效较差',
  completed: '执行完毕',
};

export interface CandidateCriteria {
  /** Amount (分) at or above which a project counts as large. */
  minAmount: number;
  /** Years of implementation at or above which a project counts as long-running. */
  minYears: number;
}

export interface CandidateFacts {
  amount: number;
  startYear: number;
  endYear: number;
  projectKind: string;
  isPolicy: boolean;
  status: string;
  /** Problems recorded for the project (rectification items of monitoring, reviews, evaluations). */
  problemCount: number;
}

/**
 * Why a project is a candidate; empty when it is not one. "Completed" alone does not make a candidate, it
 * only adds weight to one that qualifies otherwise.
 */
export function candidateReasons(p: CandidateFacts, c: CandidateCriteria): CandidateReason[] {
  const reasons: CandidateReason[] = [];
  if (p.amount >= c.minAmount) reasons.push('largeAmount');
  if (p.isPolicy) reasons.push('wideCoverage');
  if (p.endYear - p.startYear + 1 >= c.minYears || p.projectKind === 'recurring') reasons.push('longRunning');
  if (p.problemCount > 0) reasons.push('poorResults');
  if (reasons.length === 0) return [];
  if (p.status === 'completed') reasons.push('completed');
  return reasons;
}
