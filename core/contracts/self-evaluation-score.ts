import type { Level1, Operator, QualitativeLevel } from '../rules/indicator.ts';
import {
  type ScoringRules,
  type SelfEvaluationIndicator,
  type SelfEvaluationScore,
  scoreSelfEvaluation,
} from '../rules/scoring/index.ts';

// Shared by the server (stored scores) and the web (live score while typing): the same pure functions.

/** A stored indicator row as the scoring needs it. */
export interface StoredIndicator {
  level1: string;
  operator: string;
  weight: number;
  targetNumber: number | null;
  actualNumber: number | null;
  qualitativeLevel: string | null;
  claimedScore: number | null;
}

/** Turns a stored row into the pure scoring input (定性 rows carry their level as the actual). */
export function toScoringIndicator(row: StoredIndicator): SelfEvaluationIndicator {
  const qualitative = row.operator === '定性';
  return {
    level1: row.level1 as Level1,
    operator: row.operator as Operator,
    weight: row.weight,
    target: row.targetNumber,
    actual: qualitative ? ((row.qualitativeLevel as QualitativeLevel | null) ?? null) : row.actualNumber,
    claimedScore: row.claimedScore,
  };
}

/** Scores a stored form with the rules in force. */
export function scoreStored(
  form: { annualBudget: number; executedAmount: number },
  rows: readonly StoredIndicator[],
  rules: ScoringRules,
): SelfEvaluationScore {
  return scoreSelfEvaluation(
    {
      budget: { annual: form.annualBudget, executed: form.executedAmount },
      indicators: rows.map(toScoringIndicator),
    },
    rules,
  );
}
