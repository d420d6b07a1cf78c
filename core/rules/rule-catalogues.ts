import { exAnteRuleCatalogue } from './ex-ante/rule-fields.ts';
import { keyEvaluationRuleCatalogue } from './key-evaluation/rule-fields.ts';
import { monitoringRuleCatalogue } from './monitoring/rule-fields.ts';
import { resultsRuleCatalogue } from './results/rule-fields.ts';
import { reviewRuleCatalogue } from './review/rule-fields.ts';
import { type RuleCatalogue, type RuleFieldIssue, validateWithCatalogue } from './rule-fields.ts';
import { defaultRuleSet, type RuleArea, type RuleSet } from './rule-set.ts';
import { scoringRuleCatalogue } from './scoring/rule-fields.ts';
import { targetRuleCatalogue } from './targets/rule-fields.ts';

/** The form and checks of every rule area. */
export const ruleCatalogues: { [A in RuleArea]: RuleCatalogue<RuleSet[A]> } = {
  targets: targetRuleCatalogue,
  scoring: scoringRuleCatalogue,
  review: reviewRuleCatalogue,
  exAnte: exAnteRuleCatalogue,
  monitoring: monitoringRuleCatalogue,
  keyEvaluation: keyEvaluationRuleCatalogue,
  results: resultsRuleCatalogue,
};

/** Every problem of a candidate rule version for an area, with Chinese messages (empty: it may be saved). */
export function validateRuleArea(area: RuleArea, data: unknown): RuleFieldIssue[] {
  // The mapped type pairs each area's catalogue with its defaults; widened here once for the generic call.
  const catalogue = ruleCatalogues[area] as RuleCatalogue<unknown>;
  return validateWithCatalogue(catalogue, defaultRuleSet[area], data);
}
