import type { TScoreRequest, TScoreResponse } from '../../../core/contracts/self-evaluation';
import type { Level1, Operator, QualitativeLevel } from '../../../core/rules/indicator';
import {
  type ScoringRules,
  type SelfEvaluationIndicator,
  type SelfEvaluationScore,
  scoreSelfEvaluation,
} from '../../../core/rules/scoring/index';

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

/** The stable scoring contract: executionRate as a fraction, everything else as the pure rules return it. */
export function scoreRequest(body: TScoreRequest, rules: ScoringRules): TScoreResponse {
  const weights = body.weights ? { ...rules.weights, execution: body.weights.execution } : rules.weights;
  const result = scoreSelfEvaluation(
    {
      budget: body.budget,
      weights,
      indicators: body.indicators.map((row) =>
        toScoringIndicator({
          level1: row.level1,
          operator: row.operator,
          weight: row.weight,
          targetNumber: row.target,
          actualNumber: row.actual,
          qualitativeLevel: row.qualitativeLevel,
          claimedScore: row.claimedScore,
        }),
      ),
    },
    rules,
  );
  return {
    executionRate: result.executionRate === null ? 0 : Math.round(result.executionRate * 100) / 10000,
    executionScore: result.executionScore,
    indicators: result.indicators.map((row) => ({
      score: row.score,
      maxScore: row.maxScore,
      ruleScore: row.ruleScore,
      flags: row.flags,
    })),
    total: result.total,
    grade: result.grade,
  };
}
