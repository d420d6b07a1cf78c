import { describe, expect, it } from 'vitest';
import { type AdjustmentInput, cutAmount, proposeAdjustment } from './propose.ts';
import { type ResultsRules, defaultResultsRules as rules } from './rules.ts';

const input = (patch: Partial<AdjustmentInput> = {}, budget = 1_000_000_00): AdjustmentInput => ({
  project: { name: '社区养老服务', nextYearBudget: budget },
  grade: '中',
  evaluationKind: 'selfEvaluation',
  projectKind: 'oneOff',
  openRectifications: 0,
  ...patch,
});

describe('proposeAdjustment', () => {
  it.each<[string, Partial<AdjustmentInput>, string, number | null, number]>([
    ['优 → prioritise', { grade: '优' }, 'prioritise', null, 0],
    ['良 → fund as needed', { grade: '良' }, 'fundAsNeeded', null, 0],
    ['中 → cut 10 %', {}, 'cut', 10, -100_000_00],
    ['key evaluation 中 → cut 15 %', { evaluationKind: 'keyEvaluation' }, 'cut', 15, -150_000_00],
    ['差 → cancel', { grade: '差' }, 'cancel', null, -1_000_000_00],
    ['差 recurring → suspend', { grade: '差', projectKind: 'recurring' }, 'suspend', null, -1_000_000_00],
    ['优 with open rectifications → cut 10 %', { grade: '优', openRectifications: 2 }, 'cut', 10, -100_000_00],
    ['中 with open rectifications → cut 20 %', { openRectifications: 1 }, 'cut', 20, -200_000_00],
    ['差 with open rectifications stays cancel', { grade: '差', openRectifications: 3 }, 'cancel', null, -1_000_000_00],
  ])('%s', (_name, patch, action, cutPercent, change) => {
    const result = proposeAdjustment(input(patch), rules);
    expect(result).toMatchObject({
      ok: true,
      value: { action, cutPercent, change, proposedBudget: 1_000_000_00 + change },
    });
  });

  it.each([
    [
      { grade: '中' as const, score: 72.5 },
      '绩效自评等级为“中”（72.5分），按结果应用规则压减10%；合计压减10%，核减10.00万元',
    ],
    [
      { grade: '优' as const, openRectifications: 2 },
      '绩效自评等级为“优”，按结果应用规则优先保障；尚有2项整改事项未销号，追加压减10%；合计压减10%，核减10.00万元',
    ],
    [
      { grade: '良' as const, evaluationKind: 'keyEvaluation' },
      '重点绩效评价等级为“良”，按结果应用规则按需保障；预算不作调整',
    ],
    [
      { grade: '差' as const, projectKind: 'recurring' },
      '绩效自评等级为“差”，按结果应用规则暂停；整改到位前暂停安排，核减100.00万元',
    ],
  ])('explains %o', (patch, reason) => {
    expect(proposeAdjustment(input(patch), rules)).toMatchObject({ ok: true, value: { reason } });
  });

  it.each([
    [333, 10, 1, 33], // 33.3 → 33
    [335, 10, 1, 34], // 33.5 → 34 (half up)
    [1_234_567, 12.5, 1, 154_321], // 154 320.875 → 154 321
    [1_234_567, 10, 100, 123_500], // 123 456.7 分 → 1 235 元
    [150, 100, 100, 150], // never above the budget
  ])('cutAmount(%s, %s %%, unit %s) = %s', (budget, percent, unit, amount) => {
    expect(cutAmount(budget, percent, unit)).toBe(amount);
  });

  it('rounds to the configured unit', () => {
    const yuan: ResultsRules = { ...rules, roundingUnit: 100 };
    expect(proposeAdjustment(input({}, 1_234_567), yuan)).toMatchObject({ ok: true, value: { change: -123_500 } });
  });

  it.each([
    [input({}, 10.5), 'AMOUNT_NOT_INTEGER'],
    [input({}, -1), 'AMOUNT_NOT_INTEGER'],
    [input({ openRectifications: -1 }), 'RECTIFICATIONS_INVALID'],
    [input({ grade: '甲' as '优' }), 'GRADE_INVALID'],
  ])('refuses invalid input %#', (bad, code) => {
    expect(proposeAdjustment(bad, rules)).toMatchObject({ ok: false, code });
  });

  it('refuses when no row matches', () => {
    const narrow: ResultsRules = { ...rules, table: rules.table.filter((r) => r.grade !== '良') };
    expect(proposeAdjustment(input({ grade: '良' }), narrow)).toMatchObject({ ok: false, code: 'NO_RULE_MATCH' });
  });
});
