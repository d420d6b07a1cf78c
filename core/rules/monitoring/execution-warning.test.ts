import { describe, expect, it } from 'vitest';
import { executionWarning } from './execution-warning.ts';
import { defaultMonitoringRules, type MonitoringRules } from './rules.ts';
import { timeProgress } from './time-progress.ts';

const rules = defaultMonitoringRules;
const budget = 1_000_000_00; // 100万元

describe('timeProgress', () => {
  it.each([
    [3, { ok: true, value: 0.25 }],
    [12, { ok: true, value: 1 }],
    [0, { ok: false, code: 'MONTH_INVALID' }],
    [13, { ok: false, code: 'MONTH_INVALID' }],
    [6.5, { ok: false, code: 'MONTH_INVALID' }],
  ])('month %s', (month, expected) => {
    expect(timeProgress(month, rules)).toMatchObject(expected);
  });
});

describe('executionWarning', () => {
  it.each([
    // month 6: time progress 50 %, so v = 2 × 执行率
    ['v exactly 80 → green', 400_000_00, 6, 80, 'green'],
    ['v 79.99 → yellow', 399_950_00, 6, 79.99, 'yellow'],
    ['v exactly 60 → yellow', 300_000_00, 6, 60, 'yellow'],
    ['v 59.99 → red', 299_950_00, 6, 59.99, 'red'],
    ['nothing spent → red', 0, 3, 0, 'red'],
    ['over-spent pace → green', 900_000_00, 6, 180, 'green'],
    ['Q3 at 45 % → v 60 → yellow', 450_000_00, 9, 60, 'yellow'],
    ['year end at 79.99 % → yellow', 799_900_00, 12, 79.99, 'yellow'],
  ])('%s', (_name, executed, month, v, color) => {
    const result = executionWarning({ adjustedBudget: budget, executed, month }, rules);
    expect(result).toMatchObject({ ok: true, value: { color } });
    expect(result.ok && result.value.v).toBeCloseTo(v, 2);
  });

  it('colors the value as displayed (59.995 rounds to 60.00 → yellow)', () => {
    const result = executionWarning({ adjustedBudget: budget, executed: 299_975_00, month: 6 }, rules);
    expect(result).toMatchObject({ ok: true, value: { v: 60, color: 'yellow' } });
  });

  it('reports rate and time progress in percent', () => {
    const result = executionWarning({ adjustedBudget: 300, executed: 100, month: 4 }, rules);
    expect(result).toMatchObject({
      ok: true,
      value: { executionRatePercent: 33.33, timeProgressPercent: 33.33, v: 100 },
    });
  });

  it('uses configured bands', () => {
    const strict: MonitoringRules = { ...rules, bands: { green: 90, yellow: 70 } };
    expect(executionWarning({ adjustedBudget: budget, executed: 400_000_00, month: 6 }, strict)).toMatchObject({
      value: { color: 'yellow' },
    });
  });

  it.each([
    [{ adjustedBudget: 0, executed: 0, month: 6 }, 'BUDGET_NOT_POSITIVE'],
    [{ adjustedBudget: 100, executed: -1, month: 6 }, 'EXECUTED_NEGATIVE'],
    [{ adjustedBudget: 100.5, executed: 1, month: 6 }, 'AMOUNT_NOT_INTEGER'],
    [{ adjustedBudget: 100, executed: 1, month: 0 }, 'MONTH_INVALID'],
  ])('refuses %o', (input, code) => {
    expect(executionWarning(input, rules)).toMatchObject({ ok: false, code });
  });
});
