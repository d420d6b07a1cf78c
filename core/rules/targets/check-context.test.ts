import { describe, expect, it } from 'vitest';
import { checkAgainstLastYear, checkCopiedIndicators } from './check-context.ts';
import { buildIndicator } from './fixtures.ts';
import { defaultTargetRules, type TargetIndicator } from './target-rules.ts';

const rules = defaultTargetRules;

describe('checkAgainstLastYear', () => {
  it.each<[string, Partial<TargetIndicator>, number | undefined, string[]]>([
    ['≥ below last year', { operator: '≥', targetValue: '10' }, 12, ['belowLastYearActual']],
    ['> below last year', { operator: '>', targetValue: '10' }, 12, ['belowLastYearActual']],
    ['≥ equal to last year', { operator: '≥', targetValue: '12' }, 12, []],
    ['≥ above last year', { operator: '≥', targetValue: '15' }, 12, []],
    ['≤ above last year', { operator: '≤', targetValue: '5' }, 3, ['aboveLastYearActual']],
    ['< above last year', { operator: '<', targetValue: '5' }, 3, ['aboveLastYearActual']],
    ['≤ below last year', { operator: '≤', targetValue: '2' }, 3, []],
    ['= ignores last year', { operator: '=', targetValue: '1' }, 3, []],
    ['no last-year value', { targetValue: '1' }, undefined, []],
    ['non-numeric target', { targetValue: '较好' }, 12, []],
  ])('%s', (_label, overrides, lastYear, expected) => {
    const indicator = buildIndicator(overrides);
    const lastYearActuals = lastYear === undefined ? {} : { [indicator.name]: lastYear };
    const findings = checkAgainstLastYear({ indicators: [indicator] }, rules, { lastYearActuals });
    expect(findings.map((finding) => finding.code)).toEqual(expected);
  });

  it('names the indicator and both numbers', () => {
    const indicator = buildIndicator({ targetValue: '10' });
    const [finding] = checkAgainstLastYear({ indicators: [indicator] }, rules, {
      lastYearActuals: { 改造老旧小区数量: 12 },
    });
    expect(finding).toMatchObject({ severity: 'warning', indicatorIndex: 0 });
    expect(finding.message).toContain('“改造老旧小区数量”（产出指标-数量指标）的目标值 10个 低于上年实际完成值 12个');
  });
});

describe('checkCopiedIndicators', () => {
  const target = { indicators: [buildIndicator(), buildIndicator({ name: '江岸区专属指标' })] };
  it.each<[string, string[], number[]]>([
    ['no other names', [], []],
    ['different names', ['改造小区数量'], []],
    ['verbatim copy', ['改造老旧小区数量'], [0]],
    ['copy with different spacing', ['改造老旧 小区数量 '], [0]],
  ])('%s', (_label, otherProjectIndicatorNames, expected) => {
    const findings = checkCopiedIndicators(target, rules, { otherProjectIndicatorNames });
    expect(findings.map((finding) => finding.indicatorIndex)).toEqual(expected);
    for (const finding of findings)
      expect(finding).toMatchObject({ code: 'copiedFromOtherProject', severity: 'warning' });
  });
});
