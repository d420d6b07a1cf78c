import { describe, expect, it } from 'vitest';
import { checkQuantitativeShare, checkRequiredLevels, checkWeights } from './check-structure.ts';
import { buildIndicator, buildValidTarget, withIndicator } from './fixtures.ts';
import { defaultTargetRules, type TargetInput } from './target-rules.ts';

const rules = defaultTargetRules;
const codes = (findings: { code: string }[]) => findings.map((finding) => finding.code);

describe('checkWeights', () => {
  it.each<[string, TargetInput, string[]]>([
    ['valid 50/30/10', buildValidTarget(), []],
    ['zero weight', withIndicator(0, { weight: 0 }), ['weightNotPositive', 'levelWeightMismatch']],
    ['negative weight', withIndicator(5, { weight: -10 }), ['weightNotPositive', 'levelWeightMismatch']],
    ['output group off by 1', withIndicator(0, { weight: 21 }), ['levelWeightMismatch']],
    ['decimals that add up exactly', splitOutput([16.67, 16.67, 16.66]), []],
    ['missing satisfaction level', withoutLevel('satisfaction'), ['weightTotalMismatch']],
  ])('%s', (_label, target, expected) => {
    expect(codes(checkWeights(target, rules))).toEqual(expected);
  });

  it('puts the numbers in the message', () => {
    const [finding] = checkWeights(withIndicator(0, { weight: 21 }), rules);
    expect(finding.message).toContain('产出指标与成本指标的分值合计为 51，应为 50');
  });

  it('accepts 成本 as first level inside the 产出 + 成本 group (2021 framework)', () => {
    const target = withIndicator(3, { level1: 'cost', level2: 'economicCost' });
    expect(checkWeights(target, rules)).toEqual([]);
  });
});

describe('checkRequiredLevels', () => {
  it.each<[string, TargetInput, string[]]>([
    ['valid', buildValidTarget(), []],
    ['no benefit', withoutLevel('benefit'), ['missingRequiredLevel']],
    ['no output (成本 alone does not count)', withoutLevel('output'), ['missingRequiredLevel']],
    ['empty', { indicators: [] }, ['missingRequiredLevel', 'missingRequiredLevel']],
  ])('%s', (_label, target, expected) => {
    expect(codes(checkRequiredLevels(target, rules))).toEqual(expected);
  });
});

describe('checkQuantitativeShare', () => {
  const qualitative = { operator: '定性' as const, targetValue: '有效提升', unit: null };
  it.each<[string, number, string[]]>([
    ['0 of 6 qualitative', 0, []],
    ['2 of 6 qualitative: 66.67% ≥ 60%', 2, []],
    ['3 of 6 qualitative: 50% < 60%', 3, ['quantitativeShareLow']],
    ['6 of 6 qualitative', 6, ['quantitativeShareLow']],
  ])('%s', (_label, qualitativeCount, expected) => {
    const target = buildValidTarget();
    const indicators = target.indicators.map((indicator, i) =>
      i < qualitativeCount ? { ...indicator, ...qualitative } : indicator,
    );
    expect(codes(checkQuantitativeShare({ indicators }, rules))).toEqual(expected);
  });

  it('is exactly at the limit with 3 of 5 quantitative (60%)', () => {
    const indicators = [1, 2, 3, 4, 5].map((n) => buildIndicator({ name: `指标${n}`, ...(n > 3 ? qualitative : {}) }));
    expect(checkQuantitativeShare({ indicators }, rules)).toEqual([]);
  });

  it('reports the share', () => {
    const indicators = [buildIndicator(), buildIndicator({ name: 'b', ...qualitative })];
    expect(checkQuantitativeShare({ indicators }, rules)[0].message).toContain('占全部 2 个指标的 50%，低于 60%');
  });

  it('says nothing on an empty target', () => {
    expect(checkQuantitativeShare({ indicators: [] }, rules)).toEqual([]);
  });
});

function withoutLevel(level1: string): TargetInput {
  return { indicators: buildValidTarget().indicators.filter((indicator) => indicator.level1 !== level1) };
}

function splitOutput(weights: number[]): TargetInput {
  const rest = buildValidTarget().indicators.filter((indicator) => indicator.level1 !== 'output');
  const output = weights.map((weight, i) => buildIndicator({ name: `产出${i}`, weight }));
  return { indicators: [...output, ...rest] };
}
