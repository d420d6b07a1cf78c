import { describe, expect, it } from 'vitest';
import type { Operator, QualitativeLevel } from '../indicator.ts';
import { type IndicatorScoreFlag, qualitativeBandOf, scoreIndicator } from './score-indicator.ts';
import { defaultScoringRules } from './scoring-rules.ts';

const rules = defaultScoringRules;

describe('scoreIndicator, quantitative rows (w = 10)', () => {
  it.each<[Operator, number, number, number, IndicatorScoreFlag[]]>([
    // operator, target, actual, score, flags
    ['≥', 100, 100, 10, []],
    ['≥', 100, 120, 10, []],
    ['≥', 100, 80, 8, []],
    ['≥', 100, 0, 0, []],
    ['≥', 100, -5, 0, []],
    ['≥', 3, 1, 3.33, []],
    ['≥', 3, 2, 6.67, []],
    ['≥', 100, 130, 10, []],
    ['≥', 100, 130.01, 10, ['overAchieved']],
    ['≥', 1, 1.3, 10, []],
    ['≥', 1, 1.31, 10, ['overAchieved']],
    ['≥', 0, 0, 10, []],
    ['≥', 0, 5, 10, []],
    ['>', 100, 100, 10, []],
    ['>', 100, 50, 5, []],
    ['>', 100, 200, 10, ['overAchieved']],
    ['>', 0, 0, 10, []],
    ['=', 100, 100, 10, []],
    ['=', 100, 90, 9, []],
    ['=', 100, 110, 10, []],
    ['=', 100, 140, 10, ['overAchieved']],
    ['=', 0.3, 0.1 + 0.2, 10, []],
    ['=', 0, 0, 10, []],
    ['=', 0, -1, 10, []],
    ['=', 0, 1, 0, []],
    ['≤', 100, 100, 10, []],
    ['≤', 100, 50, 10, []],
    ['≤', 100, 0, 10, []],
    ['≤', 100, 150, 5, []],
    ['≤', 100, 199, 0.1, []],
    ['≤', 100, 200, 0, []],
    ['≤', 100, 300, 0, []],
    ['≤', 3, 4, 6.67, []],
    ['≤', 0, 0, 10, []],
    ['≤', 0, 1, 0, []],
    ['<', 100, 120, 8, []],
    ['<', 100, 100, 10, []],
    ['<', 100, 250, 0, []],
    ['<', 0, 0.5, 0, []],
  ])('%s target %s actual %s → %s %j', (operator, target, actual, score, flags) => {
    const result = scoreIndicator({ operator, weight: 10, target, actual }, rules);
    expect(result).toEqual({ score, ruleScore: score, maxScore: 10, flags });
  });

  it.each<[number | null, number, IndicatorScoreFlag[]]>([
    [10, 8, ['claimedAboveRule']],
    [8.01, 8, ['claimedAboveRule']],
    [8, 8, []],
    [7, 7, []],
    [-1, 0, []],
    [null, 8, []],
  ])('claimed %s on a rule score of 8 → %s %j', (claimedScore, score, flags) => {
    const result = scoreIndicator({ operator: '≥', weight: 10, target: 100, actual: 80, claimedScore }, rules);
    expect(result).toMatchObject({ score, ruleScore: 8, flags });
  });

  it.each<[string, Parameters<typeof scoreIndicator>[0], IndicatorScoreFlag]>([
    ['null actual', { operator: '≥', weight: 10, target: 100, actual: null, claimedScore: 10 }, 'missingActual'],
    ['null target', { operator: '≤', weight: 10, target: null, actual: 5 }, 'missingTarget'],
    ['level on a quantitative row', { operator: '≥', weight: 10, target: 100, actual: '达成' }, 'invalidActual'],
    ['number on a 定性 row', { operator: '定性', weight: 10, target: null, actual: 1 }, 'invalidActual'],
    ['null 定性 actual', { operator: '定性', weight: 10, target: null, actual: null }, 'missingActual'],
  ])('%s → 0 with %s', (_label, indicator, flag) => {
    expect(scoreIndicator(indicator, rules)).toMatchObject({ score: 0, maxScore: 10, flags: [flag] });
  });
});

describe('scoreIndicator, qualitative rows (w = 10)', () => {
  it.each<[QualitativeLevel, number | null, number, IndicatorScoreFlag[]]>([
    ['达成', 10, 10, []],
    ['达成', 8, 8, []],
    ['达成', 7.99, 8, ['claimOutsideBand']],
    ['达成', 11, 10, ['claimOutsideBand']],
    ['达成', null, 8, ['missingClaim']],
    ['部分达成', 8, 7.99, ['claimOutsideBand']],
    ['部分达成', 7.99, 7.99, []],
    ['部分达成', 6, 6, []],
    ['部分达成', 5.99, 6, ['claimOutsideBand']],
    ['未达成', 6, 5.99, ['claimOutsideBand']],
    ['未达成', 5.99, 5.99, []],
    ['未达成', 0, 0, []],
    ['未达成', -1, 0, ['claimOutsideBand']],
    ['未达成', null, 0, ['missingClaim']],
  ])('%s claimed %s → %s %j', (actual, claimedScore, score, flags) => {
    const result = scoreIndicator({ operator: '定性', weight: 10, target: null, actual, claimedScore }, rules);
    expect(result).toMatchObject({ score, maxScore: 10, flags });
  });

  it.each<[QualitativeLevel, number, { min: number; max: number }]>([
    ['达成', 10, { min: 8, max: 10 }],
    ['部分达成', 10, { min: 6, max: 7.99 }],
    ['未达成', 10, { min: 0, max: 5.99 }],
    ['达成', 7, { min: 5.6, max: 7 }],
    ['部分达成', 7, { min: 4.2, max: 5.59 }],
    ['达成', 3.33, { min: 2.67, max: 3.33 }],
  ])('band of %s with w = %s is %j', (level, weight, band) => {
    expect(qualitativeBandOf(level, weight, rules)).toEqual(band);
    const top = scoreIndicator(
      { operator: '定性', weight, target: null, actual: level, claimedScore: band.max },
      rules,
    );
    expect(top).toMatchObject({ score: band.max, ruleScore: band.max, band, flags: [] });
  });
});
