import { describe, expect, it } from 'vitest';
import { gradeOf } from './grade.ts';
import { defaultScoringRules, type Grade, type ScoringRules } from './scoring-rules.ts';

describe('gradeOf with default bands (优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 < 60)', () => {
  it.each<[number, Grade]>([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
    [-1, '差'],
  ])('%s → %s', (total, grade) => {
    expect(gradeOf(total, defaultScoringRules)).toBe(grade);
  });
});

describe('gradeOf with exclusive lower bounds', () => {
  const rules: ScoringRules = {
    ...defaultScoringRules,
    gradeBands: defaultScoringRules.gradeBands.map((band) => ({ ...band, minInclusive: false })),
  };
  it.each<[number, Grade]>([
    [90.01, '优'],
    [90, '良'],
    [80, '中'],
    [60, '差'],
    [0, '差'],
  ])('%s → %s', (total, grade) => {
    expect(gradeOf(total, rules)).toBe(grade);
  });

  it('falls back to 差 without bands', () => {
    expect(gradeOf(95, { ...defaultScoringRules, gradeBands: [] })).toBe('差');
  });
});
