import type { TScoreRequest, TScoreResponse } from '../../../core/contracts/self-evaluation';
import { toScoringIndicator } from '../../../core/contracts/self-evaluation-score';
import { type ScoringRules, scoreSelfEvaluation } from '../../../core/rules/scoring/index';

export { type StoredIndicator, scoreStored, toScoringIndicator } from '../../../core/contracts/self-evaluation-score';

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
