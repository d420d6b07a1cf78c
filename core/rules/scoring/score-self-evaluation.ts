import { type Level1, level1Codes } from '../indicator.ts';
import { gradeOf } from './grade.ts';
import { roundScore } from './round.ts';
import { type ExecutionBudget, scoreExecution } from './score-execution.ts';
import { type IndicatorScore, type ScoringIndicator, scoreIndicator } from './score-indicator.ts';
import type { Grade, ScoringRules, ScoringWeights } from './scoring-rules.ts';

export interface SelfEvaluationIndicator extends ScoringIndicator {
  level1: Level1;
}

export interface SelfEvaluationInput {
  budget: ExecutionBudget;
  /** Form weights of this evaluation; defaults to `rules.weights`. */
  weights?: ScoringWeights;
  indicators: readonly SelfEvaluationIndicator[];
}

export interface LevelSubtotal {
  score: number;
  maxScore: number;
}

export interface SelfEvaluationScore {
  /** 执行率 in percent, 2 decimals; null when the annual budget is not positive. */
  executionRate: number | null;
  executionScore: number;
  indicators: IndicatorScore[];
  levels: Record<Level1, LevelSubtotal>;
  total: number;
  /** Execution weight + indicator weights; should equal execution + Σ level weights (100). */
  maxTotal: number;
  grade: Grade;
  /** `weightTotalMismatch` when maxTotal differs from the form weights' total. */
  flags: 'weightTotalMismatch'[];
}

/** Scores a whole self-evaluation form: execution + every indicator row, total and grade. */
export function scoreSelfEvaluation(input: SelfEvaluationInput, rules: ScoringRules): SelfEvaluationScore {
  const weights = input.weights ?? rules.weights;
  const execution = scoreExecution(input.budget, weights.execution);
  const indicators = input.indicators.map((indicator) => scoreIndicator(indicator, rules));
  const levels: Record<Level1, LevelSubtotal> = {
    output: { score: 0, maxScore: 0 },
    cost: { score: 0, maxScore: 0 },
    benefit: { score: 0, maxScore: 0 },
    satisfaction: { score: 0, maxScore: 0 },
  };
  input.indicators.forEach((indicator, index) => {
    const subtotal = levels[indicator.level1];
    subtotal.score = roundScore(subtotal.score + indicators[index].score);
    subtotal.maxScore = roundScore(subtotal.maxScore + indicators[index].maxScore);
  });
  const total = roundScore(indicators.reduce((sum, row) => sum + row.score, execution.score));
  const maxTotal = roundScore(indicators.reduce((sum, row) => sum + row.maxScore, weights.execution));
  const expected = roundScore(level1Codes.reduce((sum, level) => sum + weights.levels[level], weights.execution));
  return {
    executionRate: execution.rate,
    executionScore: execution.score,
    indicators,
    levels,
    total,
    maxTotal,
    grade: gradeOf(total, rules),
    flags: maxTotal === expected ? [] : ['weightTotalMismatch'],
  };
}
