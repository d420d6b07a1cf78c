import { describe, expect, it } from 'vitest';
import type { CreditLevel } from '../../../core/contracts/agencies';
import type { CreditEffect } from '../../../core/rules/key-evaluation/index';
import { hasConflict, nextCreditLevel } from './rules';

describe('nextCreditLevel', () => {
  it.each([
    ['B', 'goodRecord', 'A'],
    ['A', 'goodRecord', 'A'],
    ['B', 'none', 'B'],
    ['B', 'warning', 'C'],
    ['D', 'warning', 'D'],
    ['A', 'suspend', 'D'],
  ] as [CreditLevel, CreditEffect, CreditLevel][])('%s + %s → %s', (from, effect, to) => {
    expect(nextCreditLevel(from, effect)).toBe(to);
  });
});

describe('hasConflict', () => {
  const unitEval = { unitId: 11, departmentId: 10 };
  const deptEval = { unitId: null, departmentId: 10 };
  it.each([
    ['served the evaluated unit', unitEval, { id: 11, kind: 'budgetUnit', departmentId: 10 }, true],
    ['served its department', unitEval, { id: 10, kind: 'department', departmentId: 10 }, true],
    ['served a sibling unit', unitEval, { id: 12, kind: 'budgetUnit', departmentId: 10 }, false],
    ['served a unit of the evaluated department', deptEval, { id: 12, kind: 'budgetUnit', departmentId: 10 }, true],
    ['served another department', deptEval, { id: 20, kind: 'department', departmentId: 20 }, false],
  ] as const)('%s', (_n, evaluation, served, expected) => {
    expect(hasConflict(evaluation, served)).toBe(expected);
  });
});
