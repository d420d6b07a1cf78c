import { describe, expect, it } from 'vitest';
import {
  checkCostIncreasingOperator,
  checkDuplicateIndicatorName,
  checkLevel2Mismatch,
  checkMostlyQualitative,
  checkNoBenefitIndicator,
} from './checks-science.ts';
import { buildReviewInput, withReviewIndicator } from './fixtures.ts';
import type { ReviewInput } from './review-input.ts';
import { defaultReviewRules } from './review-rules.ts';

const rules = defaultReviewRules;
const clean = buildReviewInput();

describe('checkNoBenefitIndicator', () => {
  it.each<[string, ReviewInput, number]>([
    ['has a benefit indicator', clean, 0],
    ['benefit row turned into output', withReviewIndicator(4, { level1: 'output', level2: 'quantity' }), 1],
    ['no indicators at all', { ...clean, indicators: [] }, 1],
  ])('%s → %s', (_label, input, count) => {
    expect(checkNoBenefitIndicator(input, rules)).toHaveLength(count);
  });
});

describe('checkMostlyQualitative', () => {
  const qualitative = (count: number): ReviewInput => ({
    ...clean,
    indicators: clean.indicators.map((row, i) => (i < count ? { ...row, operator: '定性', target: null } : row)),
  });
  it.each<[number, number]>([
    [0, 0],
    [2, 0],
    [3, 1],
    [6, 1],
  ])('%s of 6 qualitative → %s', (count, findings) => {
    expect(checkMostlyQualitative(qualitative(count), rules)).toHaveLength(findings);
  });

  it('cites the counts and the share', () => {
    expect(checkMostlyQualitative(qualitative(3), rules)[0].evidence).toBe(
      '6 个指标中定量指标 3 个，占 50%，低于 60%。',
    );
  });
});

describe('checkCostIncreasingOperator', () => {
  it.each<[string, ReviewInput, number]>([
    ['cost with ≤', clean, 0],
    ['cost with ≥', withReviewIndicator(3, { operator: '≥' }), 1],
    ['cost with >', withReviewIndicator(3, { operator: '>' }), 1],
    [
      '2021 first-level cost with ≥',
      withReviewIndicator(3, { level1: 'cost', level2: 'economicCost', operator: '≥' }),
      1,
    ],
    ['non-cost with ≥', withReviewIndicator(0, { operator: '≥' }), 0],
  ])('%s → %s', (_label, input, count) => {
    expect(checkCostIncreasingOperator(input, rules)).toHaveLength(count);
  });

  it('shows the operator and target', () => {
    const [finding] = checkCostIncreasingOperator(withReviewIndicator(3, { operator: '≥' }), rules);
    expect(finding.evidence).toContain('“每户改造成本”（产出指标-成本指标）使用“≥3”');
    expect(finding.indicatorIndex).toBe(3);
  });
});

describe('checkDuplicateIndicatorName', () => {
  it.each<[string, ReviewInput, number[]]>([
    ['distinct names', clean, []],
    ['benefit repeats an output name', withReviewIndicator(4, { name: '改造老旧小区数量' }), [4]],
    ['output repeats an output name (spaces ignored)', withReviewIndicator(1, { name: '改造老旧 小区数量' }), [1]],
    ['satisfaction repeats an output name (out of scope)', withReviewIndicator(5, { name: '改造老旧小区数量' }), []],
  ])('%s → %j', (_label, input, indexes) => {
    expect(checkDuplicateIndicatorName(input, rules).map((finding) => finding.indicatorIndex)).toEqual(indexes);
  });

  it('names both levels', () => {
    const [finding] = checkDuplicateIndicatorName(withReviewIndicator(4, { name: '改造老旧小区数量' }), rules);
    expect(finding.evidence).toBe('效益指标“改造老旧小区数量”与产出指标“改造老旧小区数量”（第 1 个指标）重复。');
  });
});

describe('checkLevel2Mismatch', () => {
  it.each<[string, ReviewInput, number]>([
    ['consistent', clean, 0],
    ['数量 under 效益', withReviewIndicator(0, { level1: 'benefit' }), 1],
    ['经济成本 in the classic framework', withReviewIndicator(3, { level1: 'cost', level2: 'economicCost' }), 1],
    [
      '经济成本 in the 2021 framework',
      { ...withReviewIndicator(3, { level1: 'cost', level2: 'economicCost' }), framework: 'costFirst2021' },
      0,
    ],
    ['成本 under 产出 in the 2021 framework', { ...clean, framework: 'costFirst2021' }, 1],
  ])('%s → %s', (_label, input, count) => {
    expect(checkLevel2Mismatch(input, rules)).toHaveLength(count);
  });

  it('suggests the right first level', () => {
    const [finding] = checkLevel2Mismatch(withReviewIndicator(0, { level1: 'benefit' }), rules);
    expect(finding.evidence).toBe('指标“改造老旧小区数量”的二级指标“数量指标”不属于一级指标“效益指标”。');
    expect(finding.suggestion).toBe('请将其归入产出指标。');
  });
});
