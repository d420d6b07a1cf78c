import { roundScore } from './round.ts';

/** Budget figures of the self-evaluation form, integer 分. */
export interface ExecutionBudget {
  /** 全年预算数 */
  annual: number;
  /** 全年执行数 */
  executed: number;
}

export interface ExecutionScore {
  /** 执行率 in percent with 2 decimals (87.65 means 87.65 %); null when the annual budget is not positive. */
  rate: number | null;
  score: number;
}

/** Scores budget execution: min(executed / annual × weight, weight), rounded to 2 decimals. */
export function scoreExecution(budget: ExecutionBudget, weight: number): ExecutionScore {
  if (budget.annual <= 0) return { rate: null, score: 0 };
  const executed = Math.max(budget.executed, 0);
  // Multiply the integer 分 first, divide last: one rounding step instead of two.
  return {
    rate: roundScore((executed * 100) / budget.annual),
    score: roundScore(Math.min((executed * weight) / budget.annual, weight)),
  };
}
