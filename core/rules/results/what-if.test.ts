import { describe, expect, it } from 'vitest';
import type { AdjustmentInput } from './propose.ts';
import { defaultResultsRules as rules } from './rules.ts';
import { simulateAdjustments } from './what-if.ts';

type Item = AdjustmentInput & { project: { departmentId: string } };
const item = (departmentId: string, nextYearBudget: number, grade: Item['grade'], openRectifications = 0): Item => ({
  project: { departmentId, nextYearBudget, name: `${departmentId}-${grade}` },
  grade,
  evaluationKind: 'selfEvaluation',
  projectKind: 'oneOff',
  openRectifications,
});
const items = [
  item('edu', 1_000_00, '中'),
  item('edu', 2_000_00, '优'),
  item('health', 500_00, '中', 1),
  item('health', 300_00, '差'),
];

describe('simulateAdjustments', () => {
  it.each([
    ['default percentages', {}, { edu: -100_00, health: -100_00 - 300_00 }, -500_00],
    ['cut 20 %', { cutPercent: 20 }, { edu: -200_00, health: -150_00 - 300_00 }, -650_00],
    ['cut 0 %, no surcharge', { cutPercent: 0, unrectifiedCutPercent: 0 }, { edu: 0, health: -300_00 }, -300_00],
  ])('%s', (_name, overrides, byDept, total) => {
    const result = simulateAdjustments(items, overrides, rules);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.fromEntries(result.value.byDepartment.map((d) => [d.departmentId, d.change]))).toEqual(byDept);
    expect(result.value.total).toEqual({
      projects: 4,
      budgetBefore: 3_800_00,
      change: total,
      budgetAfter: 3_800_00 + total,
    });
  });

  it('leaves the rules untouched', () => {
    simulateAdjustments(items, { cutPercent: 50 }, rules);
    expect(rules.table.find((r) => r.action === 'cut')?.cutPercent).toBe(10);
  });

  it('returns empty totals for an empty list', () => {
    expect(simulateAdjustments([], {}, rules)).toEqual({
      ok: true,
      value: { byDepartment: [], total: { projects: 0, budgetBefore: 0, change: 0, budgetAfter: 0 } },
    });
  });

  it.each([
    [{ cutPercent: 101 }, 'PERCENT_INVALID'],
    [{ unrectifiedCutPercent: -1 }, 'PERCENT_INVALID'],
  ])('refuses %o', (overrides, code) => {
    expect(simulateAdjustments(items, overrides, rules)).toMatchObject({ ok: false, code });
  });

  it('names the project that cannot be proposed', () => {
    const result = simulateAdjustments([item('edu', 10.5, '中')], {}, rules);
    expect(result).toMatchObject({ ok: false, code: 'AMOUNT_NOT_INTEGER', message: expect.stringContaining('edu-中') });
  });
});
