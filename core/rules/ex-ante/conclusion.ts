import { formatWanLabel } from '../../money.ts';
import { type AssessmentConclusion, assessmentConclusionLabels, type ExAnteRules } from './rules.ts';
import { fail, ok, pickBand, type RuleResult } from './types.ts';

/** Conclusion band for a panel score (予以支持 / 部分支持 / 不予支持). */
export function conclusionFromScore(score: number, rules: ExAnteRules): AssessmentConclusion {
  return pickBand(score, rules.conclusionBands);
}

export interface ConclusionInput {
  score: number;
  conclusion: AssessmentConclusion;
  overrideReason?: string;
}

export interface CheckedConclusion {
  conclusion: AssessmentConclusion;
  bandConclusion: AssessmentConclusion;
  overridden: boolean;
}

/** Accepts the panel's conclusion; a conclusion other than the score band needs a written reason. */
export function validateConclusion(input: ConclusionInput, rules: ExAnteRules): RuleResult<CheckedConclusion> {
  const bandConclusion = conclusionFromScore(input.score, rules);
  const overridden = bandConclusion !== input.conclusion;
  if (overridden && !input.overrideReason?.trim()) {
    return fail(
      'OVERRIDE_REASON_REQUIRED',
      `评审得分${input.score}分对应“${assessmentConclusionLabels[bandConclusion]}”，调整为“${assessmentConclusionLabels[input.conclusion]}”须填写理由`,
    );
  }
  return ok({ conclusion: input.conclusion, bandConclusion, overridden });
}

export interface GateInput {
  /** Result of `needsAssessment`. */
  required: boolean;
  /** Final conclusion, or null while the assessment is not finished. */
  conclusion: AssessmentConclusion | null;
  /** Recommended amount (建议安排, 分), when assessed. */
  recommended: number | null;
  /** Amount about to be put in the library / budget (分). */
  budget: number;
}

/** Gate before 入库 / 预算安排: supported conclusion required, budget not above the recommended amount. */
export function checkAssessmentGate(input: GateInput, rules: ExAnteRules): RuleResult<true> {
  if (!input.required) return ok(true);
  if (input.conclusion === null) return fail('ASSESSMENT_PENDING', '该项目须完成事前绩效评估后方可入库或安排预算');
  if (!rules.gateConclusions.includes(input.conclusion)) {
    return fail(
      'ASSESSMENT_NOT_SUPPORTED',
      `事前绩效评估结论为“${assessmentConclusionLabels[input.conclusion]}”，不得入库或安排预算`,
    );
  }
  if (input.recommended !== null && input.budget > input.recommended) {
    return fail(
      'BUDGET_EXCEEDS_RECOMMENDED',
      `安排金额${formatWanLabel(input.budget)}超过事前评估建议安排金额${formatWanLabel(input.recommended)}`,
    );
  }
  return ok(true);
}
