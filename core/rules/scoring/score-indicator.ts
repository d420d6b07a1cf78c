import { isQuantitative, type Operator, type QualitativeLevel, qualitativeLevels } from '../indicator.ts';
import { ceilScore, floorScore, roundScore } from './round.ts';
import { isOverAchieved, quantitativeRuleScore } from './score-quantitative.ts';
import type { ScoringRules } from './scoring-rules.ts';

export const indicatorScoreFlags = [
  'missingActual',
  'missingTarget',
  'invalidActual',
  'overAchieved',
  'claimedAboveRule',
  'claimOutsideBand',
  'missingClaim',
] as const;
export type IndicatorScoreFlag = (typeof indicatorScoreFlags)[number];

/** One indicator row of the self-evaluation form. */
export interface ScoringIndicator {
  operator: Operator;
  /** 分值 */
  weight: number;
  /** 年度指标值 of a quantitative row (ignored for 定性). */
  target: number | null;
  /** 实际完成值: a number, or 达成/部分达成/未达成 for a 定性 row; null when not filled. */
  actual: number | QualitativeLevel | null;
  /** 得分 the unit claims; required for 定性 rows, optional (may only lower the score) for quantitative rows. */
  claimedScore?: number | null;
}

export interface IndicatorScore {
  /** Final 得分, 2 decimals. */
  score: number;
  maxScore: number;
  /** Highest score the rules allow: the formula for quantitative rows, the band top for 定性 rows. */
  ruleScore: number;
  /** Allowed [min, max] of a 定性 row, 2 decimals, both inclusive. */
  band?: { min: number; max: number };
  flags: IndicatorScoreFlag[];
}

/** Scores one indicator row per DOMAIN §7: formula for quantitative rows, enforced band for 定性 rows. */
export function scoreIndicator(indicator: ScoringIndicator, rules: ScoringRules): IndicatorScore {
  const maxScore = indicator.weight;
  const { actual, claimedScore = null } = indicator;
  if (actual === null) return { score: 0, maxScore, ruleScore: 0, flags: ['missingActual'] };
  if (!isQuantitative(indicator.operator)) {
    if (typeof actual === 'number') return { score: 0, maxScore, ruleScore: 0, flags: ['invalidActual'] };
    return scoreQualitative(actual, maxScore, claimedScore, rules);
  }
  if (typeof actual !== 'number') return { score: 0, maxScore, ruleScore: 0, flags: ['invalidActual'] };
  if (indicator.target === null) return { score: 0, maxScore, ruleScore: 0, flags: ['missingTarget'] };
  const ruleScore = roundScore(quantitativeRuleScore(indicator.operator, indicator.target, actual, maxScore));
  const flags: IndicatorScoreFlag[] = [];
  if (isOverAchieved(indicator.operator, indicator.target, actual, rules.overAchievementPercent)) {
    flags.push('overAchieved');
  }
  let score = ruleScore;
  if (claimedScore !== null) {
    // A unit may deduct on its own (e.g. quality problems) but never claim above the formula.
    if (claimedScore > ruleScore) flags.push('claimedAboveRule');
    score = roundScore(Math.min(Math.max(claimedScore, 0), ruleScore));
  }
  return { score, maxScore, ruleScore, flags };
}

/** Returns the allowed [min, max] score (2 decimals, inclusive) of a qualitative level for a weight. */
export function qualitativeBandOf(level: QualitativeLevel, weight: number, rules: ScoringRules) {
  const band = rules.qualitativeBands[level];
  return { min: ceilScore(band.min * weight), max: floorScore(band.max * weight, !band.maxInclusive) };
}

function scoreQualitative(
  level: QualitativeLevel,
  maxScore: number,
  claimedScore: number | null,
  rules: ScoringRules,
): IndicatorScore {
  if (!qualitativeLevels.includes(level)) return { score: 0, maxScore, ruleScore: 0, flags: ['invalidActual'] };
  const band = qualitativeBandOf(level, maxScore, rules);
  const ruleScore = band.max;
  // No claim: take the band floor (conservative) and ask for a claim.
  if (claimedScore === null) return { score: band.min, maxScore, ruleScore, band, flags: ['missingClaim'] };
  const claimed = roundScore(claimedScore);
  const score = Math.min(Math.max(claimed, band.min), band.max);
  const flags: IndicatorScoreFlag[] = score === claimed ? [] : ['claimOutsideBand'];
  return { score, maxScore, ruleScore, band, flags };
}
