import { defaultExAnteRules, type ExAnteRules } from './ex-ante/rules.ts';
import { defaultKeyEvaluationRules, type KeyEvaluationRules } from './key-evaluation/rules.ts';
import { defaultMonitoringRules, type MonitoringRules } from './monitoring/rules.ts';
import { defaultResultsRules, type ResultsRules } from './results/rules.ts';
import { defaultReviewRules, type ReviewRules } from './review/review-rules.ts';
import { defaultScoringRules, type ScoringRules } from './scoring/scoring-rules.ts';
import { defaultTargetRules, type TargetRules } from './targets/target-rules.ts';

/** Every rule area of a region's rule set for one year. */
export interface RuleSet {
  targets: TargetRules;
  scoring: ScoringRules;
  review: ReviewRules;
  exAnte: ExAnteRules;
  monitoring: MonitoringRules;
  keyEvaluation: KeyEvaluationRules;
  results: ResultsRules;
}
export type RuleArea = keyof RuleSet;

/** National defaults (DOMAIN.md); a region's stored versions override them area by area. */
export const defaultRuleSet: RuleSet = {
  targets: defaultTargetRules,
  scoring: defaultScoringRules,
  review: defaultReviewRules,
  exAnte: defaultExAnteRules,
  monitoring: defaultMonitoringRules,
  keyEvaluation: defaultKeyEvaluationRules,
  results: defaultResultsRules,
};

export const RULE_AREA_LABELS: Record<RuleArea, string> = {
  targets: '绩效目标审核规则',
  scoring: '自评评分规则',
  review: '自评复核规则',
  exAnte: '事前评估规则',
  monitoring: '运行监控预警规则',
  keyEvaluation: '重点评价规则',
  results: '结果应用规则',
};
