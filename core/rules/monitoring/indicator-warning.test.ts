import { describe, expect, it } from 'vitest';
import type { Operator } from '../indicator.ts';
import { indicatorWarning } from './indicator-warning.ts';
import { defaultMonitoringRules, type MonitoringRules } from './rules.ts';
import type { Likelihood } from './types.ts';

const rules = defaultMonitoringRules;
const run = (operator: Operator, target: number, current: number, month: number, likelihood: Likelihood = 'certain') =>
  indicatorWarning({ operator, target, current, month, likelihood }, rules);

describe('positive indicators (≥ > =)', () => {
  it.each<[string, Operator, number, number, number, string, string, number | null]>([
    ['current 0 → red', '≥', 100, 0, 6, 'red', 'zero', null],
    ['exactly 120 % of target → blue', '≥', 100, 120, 6, 'blue', 'overTarget', null],
    ['119.99 % → ratio rule', '>', 100, 119.99, 12, 'green', 'ratio', 119.99],
    ['decimal target at 120 % → blue', '≥', 0.7, 0.84, 3, 'blue', 'overTarget', null],
    ['v exactly 80 → green', '≥', 100, 40, 6, 'green', 'ratio', 80],
    ['v 79.99 → yellow', '≥', 100, 39.995, 6, 'yellow', 'ratio', 79.99],
    ['v exactly 60 → yellow', '=', 100, 30, 6, 'yellow', 'ratio', 60],
    ['v below 60 → red', '≥', 100, 29.99, 6, 'red', 'ratio', 59.98],
    ['decimal values at the edge: 0.07 of 0.35 at month 12', '≥', 0.35, 0.21, 12, 'yellow', 'ratio', 60],
  ])('%s', (_name, operator, target, current, month, color, basis, v) => {
    expect(run(operator, target, current, month)).toMatchObject({ ok: true, value: { color, basis, v } });
  });

  it('refuses a non-positive target', () => {
    expect(run('≥', 0, 5, 6)).toMatchObject({ ok: false, code: 'TARGET_NOT_POSITIVE' });
  });
});

describe('negative indicators (≤ <), mirrored: v = ceiling / current × 100', () => {
  it.each<[string, Operator, number, number, boolean, string, number | null]>([
    ['at the ceiling → v 100 → green', '≤', 5, 5, false, 'green', 100],
    ['125 % of the ceiling → v 80 → green', '≤', 5, 6.25, false, 'green', 80],
    ['v exactly 60 → yellow', '<', 6, 10, false, 'yellow', 60],
    ['v below 60 → red', '≤', 5, 9, false, 'red', 55.56],
    ['far under the ceiling (v = 120) → blue', '≤', 6, 5, false, 'blue', 120],
    ['current 0 → blue (ceiling too loose)', '≤', 5, 0, false, 'blue', null],
    ['cumulative: half-year spend on pace → green', '≤', 100, 50, true, 'green', 100],
    ['cumulative: 80 of 100 by June → v 62.5 → yellow', '≤', 100, 80, true, 'yellow', 62.5],
  ])('%s', (_name, operator, target, current, cumulative, color, v) => {
    const result = indicatorWarning({ operator, target, current, month: 6, likelihood: 'certain', cumulative }, rules);
    expect(result).toMatchObject({ ok: true, value: { color, v } });
  });

  it.each([
    [0, 'green'],
    [1, 'red'],
  ])('target 0 (e.g. 安全事故 ≤ 0), current %s → %s', (current, color) => {
    expect(run('≤', 0, current, 6)).toMatchObject({ ok: true, value: { color } });
  });

  it('prorates every ceiling when the rules say so', () => {
    const prorated: MonitoringRules = { ...rules, negative: { ...rules.negative, prorate: true } };
    const result = indicatorWarning(
      { operator: '≤', target: 100, current: 80, month: 6, likelihood: 'certain' },
      prorated,
    );
    expect(result).toMatchObject({ ok: true, value: { color: 'yellow', v: 62.5 } });
  });

  it('refuses a negative ceiling', () => {
    expect(run('≤', -1, 0, 6)).toMatchObject({ ok: false, code: 'TARGET_NEGATIVE' });
  });
});

describe('likelihood and qualitative indicators', () => {
  it.each<[string, Operator, number, number, Likelihood, string, string]>([
    ['完全不可能 overrides green', '≥', 100, 90, 'impossible', 'red', 'green'],
    ['完全不可能 overrides blue', '≥', 100, 150, 'impossible', 'red', 'blue'],
    ['有可能 keeps the numeric color', '≥', 100, 35, 'possible', 'yellow', 'yellow'],
    ['qualitative, certain → green', '定性', 0, 0, 'certain', 'green', 'green'],
    ['qualitative, impossible → red', '定性', 0, 0, 'impossible', 'red', 'green'],
  ])('%s', (_name, operator, target, current, likelihood, color, numericColor) => {
    expect(run(operator, target, current, 6, likelihood)).toMatchObject({ ok: true, value: { color, numericColor } });
  });

  it.each([
    [{ operator: '≥' as const, target: Number.NaN, current: 1, month: 6 }, 'VALUE_INVALID'],
    [{ operator: '≥' as const, target: 1, current: 1, month: 13 }, 'MONTH_INVALID'],
  ])('refuses %o', (input, code) => {
    expect(indicatorWarning({ ...input, likelihood: 'certain' }, rules)).toMatchObject({ ok: false, code });
  });
});
