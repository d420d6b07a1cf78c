import { describe, expect, it } from 'vitest';
import {
  averageSatisfaction,
  scoreBands,
  scoreByMethod,
  scoreDeduction,
  scoreJudgement,
  scoreRatio,
  scoreSurvey,
} from './scoring.ts';
import type { RatioFormula } from './template-types.ts';

describe('scoreRatio (proportional to weight, capped at 100 %)', () => {
  it.each<[RatioFormula, number, number, number, number, number]>([
    ['fundsInPlaceRate', 95, 100, 4, 95, 3.8],
    ['fundsInPlaceRate', 120, 100, 4, 120, 4],
    ['budgetExecutionRate', 0, 100, 6, 0, 0],
    ['budgetExecutionRate', 2, 3, 6, 66.67, 4],
    ['completionRate', 1, 3, 10, 33.33, 3.33],
    ['qualityRate', 99, 100, 8, 99, 7.92],
    ['costSavingRate', 90, 100, 6, 10, 6], // saved 10 %
    ['costSavingRate', 100, 100, 6, 0, 6], // on plan
    ['costSavingRate', 110, 100, 6, -10, 5.4], // 10 % overrun
    ['costSavingRate', 250, 100, 6, -150, 0], // floor 0
  ])('%s %s/%s × %s → %s %% → %s', (formula, numerator, denominator, weight, ratePercent, score) => {
    expect(scoreRatio(formula, numerator, denominator, weight)).toEqual({ ok: true, value: { ratePercent, score } });
  });

  it.each([
    [100, 0, 'RATIO_DENOMINATOR_ZERO'],
    [-1, 100, 'RATIO_INPUT_INVALID'],
  ])('refuses %s / %s', (numerator, denominator, code) => {
    expect(scoreRatio('fundsInPlaceRate', numerator, denominator, 4)).toMatchObject({ ok: false, code });
  });
});

describe('scoreBands', () => {
  const bands = [
    { min: 80, percent: 60 },
    { min: 100, percent: 100 },
    { min: 90, percent: 80 },
  ];
  it.each([
    [100, 6],
    [99.99, 4.8],
    [90, 4.8],
    [80, 3.6],
    [79.99, 0],
  ])('value %s → %s of 6', (value, score) => {
    expect(scoreBands(value, bands, 6)).toEqual({ ok: true, value: score });
  });
});

describe('scoreDeduction / scoreSurvey / scoreJudgement', () => {
  it.each([
    [0, 1, 5, { ok: true, value: 5 }],
    [3, 1.5, 6, { ok: true, value: 1.5 }],
    [4, 1.5, 6, { ok: true, value: 0 }],
    [9, 1, 5, { ok: true, value: 0 }],
    [1.5, 1, 5, { ok: false, code: 'OCCURRENCES_INVALID' }],
  ])('%s occurrences × %s from %s', (n, per, weight, expected) => {
    expect(scoreDeduction(n, per, weight)).toMatchObject(expected);
  });

  it.each([
    [92.5, 8, { ok: true, value: 7.4 }],
    [100, 8, { ok: true, value: 8 }],
    [0, 8, { ok: true, value: 0 }],
    [101, 8, { ok: false, code: 'SATISFACTION_INVALID' }],
  ])('satisfaction %s %% × %s', (avg, weight, expected) => {
    expect(scoreSurvey(avg, weight)).toMatchObject(expected);
  });

  it.each([
    [[90, 80, 100], { ok: true, value: 90 }],
    [[], { ok: false, code: 'SURVEY_EMPTY' }],
    [[90, 120], { ok: false, code: 'SATISFACTION_INVALID' }],
  ])('averageSatisfaction(%o)', (responses, expected) => {
    expect(averageSatisfaction(responses)).toMatchObject(expected);
  });

  it.each([
    [3, 3, { ok: true, value: 3 }],
    [0, 3, { ok: true, value: 0 }],
    [3.01, 3, { ok: false, code: 'SCORE_OUT_OF_RANGE' }],
    [-1, 3, { ok: false, code: 'SCORE_OUT_OF_RANGE' }],
  ])('judgement %s of %s', (score, weight, expected) => {
    expect(scoreJudgement(score, weight)).toMatchObject(expected);
  });

  it('refuses an input that does not match the method', () => {
    expect(scoreByMethod({ type: 'survey' }, { type: 'judgement', score: 1 }, 8)).toMatchObject({
      ok: false,
      code: 'METHOD_MISMATCH',
    });
    expect(scoreByMethod({ type: 'survey' }, { type: 'survey', averagePercent: 50 }, 8)).toEqual({
      ok: true,
      value: 4,
    });
  });
});
