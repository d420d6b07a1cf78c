// 预算执行与绩效等级匹配度: does the claimed result match the money spent and the rule scores?
import { roundScore } from '../scoring/round.ts';
import { describeValues, isIndicatorAchieved, makeReviewFinding } from './finding.ts';
import type { ReviewFinding, ReviewInput, UnitProjectTotal } from './review-input.ts';
import type { ReviewRules } from './review-rules.ts';

/** Flags grade 优 (configurable) with an execution rate below the configured minimum. */
export function checkExcellentWithLowExecution(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  const rate = input.executionRate;
  if (input.grade !== rules.excellentGrade || rate === null || rate >= rules.minExecutionRateForExcellent) return [];
  return [
    makeReviewFinding(
      rules,
      'excellentWithLowExecution',
      `自评等级为“${input.grade}”（总分 ${input.total}），但预算执行率仅 ${rate}%，低于 ${rules.minExecutionRateForExcellent}%。`,
      '请核实预算执行情况与产出、效益完成情况，按实际重新评分定级，并说明执行率偏低的原因。',
    ),
  ];
}

/** Flags each indicator whose claimed score is above the score the rules allow. */
export function checkClaimedAboveRule(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  return input.indicators.flatMap((indicator, index) => {
    if (!isClaimAboveRule(indicator.claimedScore, indicator.ruleScore)) return [];
    return [
      makeReviewFinding(
        rules,
        'claimedAboveRule',
        `指标“${indicator.name}”自评得分 ${indicator.claimedScore} 分，按评分规则最高应得 ${indicator.ruleScore} 分（${describeValues(indicator)}）。`,
        `请按评分规则将该指标得分调整为不高于 ${indicator.ruleScore} 分。`,
        index,
      ),
    ];
  });
}

/** Flags full marks on an indicator that missed its target, unless claimedAboveRule already covers the row. */
export function checkFullScoreBelowTarget(input: ReviewInput, rules: ReviewRules): ReviewFinding[] {
  return input.indicators.flatMap((indicator, index) => {
    const { claimedScore } = indicator;
    if (claimedScore === null || claimedScore < indicator.weight) return [];
    if (isIndicatorAchieved(indicator) !== false || isClaimAboveRule(claimedScore, indicator.ruleScore)) return [];
    return [
      makeReviewFinding(
        rules,
        'fullScoreBelowTarget',
        `指标“${indicator.name}”未完成目标（${describeValues(indicator)}），但自评得满分 ${claimedScore} 分。`,
        '请按实际完成情况扣分，并在偏差原因分析中说明未完成的原因和改进措施。',
        index,
      ),
    ];
  });
}

/** Flags a unit whose self-evaluations all reach the full score (takes the unit's whole list). */
export function checkUnitAllFullScore(projects: readonly UnitProjectTotal[], rules: ReviewRules): ReviewFinding[] {
  if (projects.length < rules.minUnitProjects || projects.some((project) => project.total < rules.fullScore)) return [];
  return [
    makeReviewFinding(
      rules,
      'unitAllFullScore',
      `本单位 ${projects.length} 个项目自评得分全部为 ${rules.fullScore} 分（${projects.map((p) => p.projectName).join('、')}）。`,
      '请对照评分规则逐项复核各项目得分，如实反映未完成的指标，避免“一刀切”满分。',
    ),
  ];
}

function isClaimAboveRule(claimed: number | null, rule: number | null): boolean {
  // roundScore never decreases, so a claim at or below the rule score cannot round above it (skips the rounding).
  return claimed !== null && rule !== null && claimed > rule && roundScore(claimed) > roundScore(rule);
}
