import { describe, expect, it } from 'vitest';
import { checkDuplicateNames, checkIndicatorFields } from './check-indicators.ts';
import { buildIndicator, buildValidTarget, withIndicator } from './fixtures.ts';
import { defaultTargetRules, type TargetIndicator } from './target-rules.ts';

const rules = defaultTargetRules;

describe('checkIndicatorFields', () => {
  it.each<[string, Partial<TargetIndicator>, string[]]>([
    ['valid', {}, []],
    ['blank name', { name: '  ' }, ['nameMissing']],
    ['name of 100 chars', { name: '量'.repeat(100) }, []],
    ['name of 101 chars', { name: '量'.repeat(101) }, ['nameTooLong']],
    ['level2 under the wrong level1', { level1: 'benefit' }, ['level2Mismatch']],
    [
      '2021 level2 in the classic framework',
      { level1: 'cost', level2: 'economicCost', operator: '≤' },
      ['level2Mismatch'],
    ],
    ['output cost with ≥', { level2: 'cost' }, ['costIncreasingOperator']],
    ['output cost with >', { level2: 'cost', operator: '>' }, ['costIncreasingOperator']],
    ['output cost with ≤', { level2: 'cost', operator: '≤' }, []],
    ['output cost with =', { level2: 'cost', operator: '=' }, []],
    ['quantitative without unit', { unit: null }, ['unitMissing']],
    ['quantitative with blank unit', { unit: ' ' }, ['unitMissing']],
    ['qualitative without unit', { operator: '定性', targetValue: '明显改善', unit: null }, []],
    ['value *', { targetValue: '**' }, ['valuePlaceholder']],
    ['value _', { targetValue: '1_0' }, ['valuePlaceholder']],
    ['value -', { targetValue: '-' }, ['valuePlaceholder']],
    ['qualitative value -', { operator: '定性', targetValue: '-' }, ['valuePlaceholder']],
    ['quantitative value with %', { targetValue: '95%' }, ['valueNotNumeric']],
    ['quantitative value in words', { targetValue: '较好' }, ['valueNotNumeric']],
    ['quantitative value 0', { targetValue: '0' }, []],
    ['quantitative decimal value', { targetValue: '99.5' }, []],
  ])('%s', (_label, overrides, expected) => {
    const findings = checkIndicatorFields(buildIndicator(overrides), 2, rules);
    expect(findings.map((finding) => finding.code)).toEqual(expected);
    for (const finding of findings) expect(finding.indicatorIndex).toBe(2);
  });

  it('accepts 成本 level1 with 经济成本 in the 2021 framework and flags ≥ there', () => {
    const cost = buildIndicator({ level1: 'cost', level2: 'economicCost', name: '人均培训成本' });
    const findings = checkIndicatorFields(cost, 0, rules, 'costFirst2021');
    expect(findings.map((finding) => finding.code)).toEqual(['costIncreasingOperator']);
    expect(findings[0].message).toContain('“人均培训成本”（成本指标-经济成本指标）使用了“≥”');
  });

  it('explains where a mismatched level2 belongs', () => {
    const [finding] = checkIndicatorFields(buildIndicator({ level1: 'benefit' }), 0, rules);
    expect(finding.message).toContain('二级指标“数量指标”不属于效益指标，应归入产出指标');
    expect(finding.severity).toBe('error');
  });
});

describe('checkDuplicateNames', () => {
  it('passes distinct names', () => {
    expect(checkDuplicateNames(buildValidTarget(), rules)).toEqual([]);
  });

  it('flags the later duplicate, ignoring whitespace', () => {
    const target = withIndicator(4, { name: ' 改造老旧 小区数量' });
    const findings = checkDuplicateNames(target, rules);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'duplicateName', indicatorIndex: 4 });
    expect(findings[0].message).toContain('与第 1 个指标重名');
  });

  it('leaves blank names to nameMissing', () => {
    const target = { indicators: [buildIndicator({ name: '' }), buildIndicator({ name: '' })] };
    expect(checkDuplicateNames(target, rules)).toEqual([]);
  });
});
