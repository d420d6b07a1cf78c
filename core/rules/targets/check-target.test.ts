import { describe, expect, it } from 'vitest';
import { checkTarget, isTargetSubmittable } from './check-target.ts';
import { buildValidTarget, withIndicator } from './fixtures.ts';
import { defaultTargetRules, targetCheckCodes } from './target-rules.ts';

const rules = defaultTargetRules;

describe('checkTarget', () => {
  it('finds nothing in a valid target', () => {
    expect(checkTarget(buildValidTarget(), rules)).toEqual([]);
    expect(isTargetSubmittable([])).toBe(true);
  });

  it('lists errors before warnings and blocks submission', () => {
    const target = withIndicator(0, { targetValue: '5', unit: '' });
    const findings = checkTarget(target, rules, { lastYearActuals: { 改造老旧小区数量: 10 } });
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['unitMissing', 'error'],
      ['belowLastYearActual', 'warning'],
    ]);
    expect(isTargetSubmittable(findings)).toBe(false);
  });

  it('uses the target framework over the rules default', () => {
    const target = {
      ...withIndicator(3, { level1: 'cost', level2: 'economicCost' }),
      framework: 'costFirst2021' as const,
    };
    expect(checkTarget(target, rules)).toEqual([]);
    expect(checkTarget({ ...target, framework: 'classic2020' }, rules).map((f) => f.code)).toEqual(['level2Mismatch']);
  });

  it('takes thresholds and severities from the rules', () => {
    const custom = {
      ...rules,
      maxNameLength: 5,
      severities: { ...rules.severities, nameTooLong: 'warning' as const },
    };
    const findings = checkTarget(buildValidTarget(), custom);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.code === 'nameTooLong' && finding.severity === 'warning')).toBe(true);
    expect(isTargetSubmittable(findings)).toBe(true);
  });

  it('exports a stable, duplicate-free code list with a severity for each', () => {
    expect(new Set(targetCheckCodes).size).toBe(targetCheckCodes.length);
    expect(Object.keys(rules.severities).sort()).toEqual([...targetCheckCodes].sort());
  });
});
