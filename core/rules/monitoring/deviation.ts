import type { MonitoringRules } from './rules.ts';
import {
  type DeviationReason,
  deviationReasons,
  fail,
  type Likelihood,
  likelihoodLabels,
  ok,
  type RuleResult,
} from './types.ts';

export interface DeviationInput {
  likelihood: Likelihood;
  /** Reason codes as submitted (may contain unknown codes from a form or an import). */
  reasons: string[];
  /** Explanation (偏差原因说明). */
  note?: string;
}

const isReason = (code: string): code is DeviationReason => (deviationReasons as readonly string[]).includes(code);

/** Deviation reasons are mandatory unless the target is certain; 其他 needs a note; codes de-duplicated. */
export function validateDeviation(input: DeviationInput, rules: MonitoringRules): RuleResult<DeviationReason[]> {
  const unknown = input.reasons.find((code) => !isReason(code));
  if (unknown !== undefined) return fail('DEVIATION_REASON_UNKNOWN', `偏差原因“${unknown}”不在可选范围内`);
  const reasons = [...new Set(input.reasons.filter(isReason))];
  if (reasons.length === 0 && !rules.reasonOptionalFor.includes(input.likelihood)) {
    return fail('DEVIATION_REASON_REQUIRED', `完成可能性为“${likelihoodLabels[input.likelihood]}”，须选择偏差原因`);
  }
  if (rules.otherNeedsNote && reasons.includes('other') && !input.note?.trim()) {
    return fail('DEVIATION_NOTE_REQUIRED', '偏差原因选择“其他”时须填写说明');
  }
  return ok(reasons);
}
