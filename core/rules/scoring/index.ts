export { gradeOf } from './grade.ts';
export { ceilScore, floorScore, roundScore } from './round.ts';
export { type ExecutionBudget, type ExecutionScore, scoreExecution } from './score-execution.ts';
export {
  type IndicatorScore,
  type IndicatorScoreFlag,
  indicatorScoreFlags,
  qualitativeBandOf,
  type ScoringIndicator,
  scoreIndicator,
} from './score-indicator.ts';
export { isOverAchieved, quantitativeRuleScore } from './score-quantitative.ts';
export {
  type LevelSubtotal,
  type SelfEvaluationIndicator,
  type SelfEvaluationInput,
  type SelfEvaluationScore,
  scoreSelfEvaluation,
} from './score-self-evaluation.ts';
export {
  defaultScoringRules,
  type Grade,
  type GradeBand,
  grades,
  type QualitativeBand,
  type ScoringRules,
  type ScoringWeights,
} from './scoring-rules.ts';
