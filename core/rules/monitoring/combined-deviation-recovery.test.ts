import { describe, expect, it } from 'vitest';
import { projectWarning, worstColor } from './combined.ts';
import { validateDeviation } from './deviation.ts';
import { validateRecovery } from './recovery.ts';
import { defaultMonitoringRules, type MonitoringRules } from './rules.ts';
import { type WarningColor, warningColorLabels } from './types.ts';

const rules = defaultMonitoringRules;

describe('worstColor / projectWarning', () => {
  it.each<[WarningColor[], WarningColor]>([
    [[], 'green'],
    [['green', 'blue'], 'blue'],
    [['blue', 'yellow', 'green'], 'yellow'],
    [['yellow', 'red', 'blue'], 'red'],
  ])('%o → %s', (colors, expected) => {
    expect(worstColor(colors, rules)).toBe(expected);
  });

  it.each<[WarningColor | null, WarningColor[], WarningColor]>([
    ['green', [], 'green'],
    [null, ['blue'], 'blue'],
    ['yellow', ['green', 'green'], 'yellow'],
    ['green', ['green', 'red'], 'red'],
  ])('execution %s + indicators %o → %s', (execution, indicators, expected) => {
    expect(projectWarning({ execution, indicators }, rules)).toBe(expected);
  });

  it('follows a configured severity order', () => {
    const blueFirst: MonitoringRules = { ...rules, severity: ['red', 'blue', 'yellow', 'green'] };
    expect(worstColor(['yellow', 'blue'], blueFirst)).toBe('blue');
  });

  it('labels every color as 预警', () => {
    expect(Object.values(warningColorLabels)).toEqual(['红色预警', '黄色预警', '绿色预警', '蓝色预警']);
  });
});

describe('validateDeviation', () => {
  it.each([
    ['certain, no reason', { likelihood: 'certain' as const, reasons: [] }, { ok: true, value: [] }],
    [
      'possible with reasons (deduplicated)',
      { likelihood: 'possible' as const, reasons: ['staff', 'funding', 'staff'] },
      { ok: true, value: ['staff', 'funding'] },
    ],
    [
      'possible, no reason',
      { likelihood: 'possible' as const, reasons: [] },
      { ok: false, code: 'DEVIATION_REASON_REQUIRED' },
    ],
    [
      'impossible, no reason',
      { likelihood: 'impossible' as const, reasons: [] },
      { ok: false, code: 'DEVIATION_REASON_REQUIRED' },
    ],
    [
      'unknown code',
      { likelihood: 'possible' as const, reasons: ['weather'] },
      { ok: false, code: 'DEVIATION_REASON_UNKNOWN' },
    ],
    [
      '其他 without note',
      { likelihood: 'possible' as const, reasons: ['other'] },
      { ok: false, code: 'DEVIATION_NOTE_REQUIRED' },
    ],
    [
      '其他 with note',
      { likelihood: 'possible' as const, reasons: ['other'], note: '汛期停工' },
      { ok: true, value: ['other'] },
    ],
  ])('%s', (_name, input, expected) => {
    expect(validateDeviation(input, rules)).toMatchObject(expected);
  });
});

describe('validateRecovery', () => {
  it.each([
    [
      'part of the balance',
      { amount: 100, adjustedBudget: 1_000, paid: 600 },
      { ok: true, value: { unpaidBalance: 400, budgetAfter: 900 } },
    ],
    [
      'exactly the balance',
      { amount: 400, adjustedBudget: 1_000, paid: 600 },
      { ok: true, value: { budgetAfter: 600 } },
    ],
    [
      'one 分 above the balance',
      { amount: 401, adjustedBudget: 1_000, paid: 600 },
      { ok: false, code: 'RECOVERY_EXCEEDS_BALANCE' },
    ],
    ['zero', { amount: 0, adjustedBudget: 1_000, paid: 0 }, { ok: false, code: 'RECOVERY_NOT_POSITIVE' }],
    ['negative', { amount: -5, adjustedBudget: 1_000, paid: 0 }, { ok: false, code: 'RECOVERY_NOT_POSITIVE' }],
    [
      'fully paid project',
      { amount: 1, adjustedBudget: 1_000, paid: 1_000 },
      { ok: false, code: 'RECOVERY_EXCEEDS_BALANCE' },
    ],
    ['fractional 分', { amount: 1.5, adjustedBudget: 1_000, paid: 0 }, { ok: false, code: 'AMOUNT_NOT_INTEGER' }],
  ])('%s', (_name, input, expected) => {
    expect(validateRecovery(input)).toMatchObject(expected);
  });
});
