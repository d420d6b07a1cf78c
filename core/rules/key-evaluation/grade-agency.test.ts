import { describe, expect, it } from 'vitest';
import {
  payableFee,
  paymentTermsForScore,
  scoreAgencyQuality,
  validatePayment,
  validateQualitySheet,
} from './agency.ts';
import { gradeFromScore } from './grade.ts';
import { defaultKeyEvaluationRules as rules } from './rules.ts';

describe('gradeFromScore', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
  ])('%s → %s', (total, grade) => {
    expect(gradeFromScore(total, rules)).toBe(grade);
  });
});

describe('agency quality sheet', () => {
  const sheet = rules.agency.qualitySheet;
  it.each([
    ['default sheet', sheet, []],
    [
      'edited sheet still 100',
      [
        ...sheet.slice(0, 4),
        { code: 'conclusions', name: '结论与建议质量', weight: 20 },
        { code: 'archive', name: '档案', weight: 5 },
      ],
      [],
    ],
    ['sum 95', sheet.slice(1).concat({ code: 'x', name: 'x', weight: 10 }), ['SHEET_WEIGHT_SUM']],
    [
      'duplicate code',
      [...sheet.slice(0, 4), { code: 'teamCompetence', name: '重复', weight: 25 }],
      ['DUPLICATE_CODE'],
    ],
    ['zero weight', [...sheet, { code: 'x', name: 'x', weight: 0 }], ['WEIGHT_NOT_POSITIVE']],
    ['empty', [], ['SHEET_EMPTY']],
  ])('%s', (_name, items, codes) => {
    expect(validateQualitySheet(items).map((i) => i.code)).toEqual(codes);
  });

  it.each([
    [
      { teamCompetence: 15, teamStability: 15, communication: 20, reportFacts: 25, conclusions: 25 },
      { ok: true, value: 100 },
    ],
    [
      { teamCompetence: 12.5, teamStability: 14, communication: 18, reportFacts: 20, conclusions: 20 },
      { ok: true, value: 84.5 },
    ],
    [
      { teamCompetence: 15, teamStability: 15, communication: 20, reportFacts: 25 },
      { ok: false, code: 'SCORE_MISSING' },
    ],
    [
      { teamCompetence: 16, teamStability: 15, communication: 20, reportFacts: 25, conclusions: 25 },
      { ok: false, code: 'SCORE_OUT_OF_RANGE' },
    ],
  ])('scores %o', (scores, expected) => {
    expect(scoreAgencyQuality(sheet, scores)).toMatchObject(expected);
  });
});

describe('payment by quality score', () => {
  it.each([
    [95, 100, 'goodRecord', false],
    [90, 100, 'goodRecord', false],
    [89.99, 95, 'none', false],
    [80, 95, 'none', false],
    [79.99, 85, 'warning', false],
    [60, 85, 'warning', false],
    [59.99, 70, 'suspend', true],
    [0, 70, 'suspend', true],
  ])('score %s → %s %% (%s)', (score, paymentPercent, credit, suspended) => {
    expect(paymentTermsForScore(score, rules)).toEqual({ paymentPercent, credit, suspended });
  });

  it.each([
    [200_000_00, 95, { ok: true, value: 190_000_00 }],
    [123_457, 95, { ok: true, value: 117_284 }], // 117 284.15 → 117 284
    [123_459, 85, { ok: true, value: 104_940 }], // 104 940.15 → 104 940
    [11, 95, { ok: true, value: 10 }], // 10.45 → 10
    [10, 85, { ok: true, value: 9 }], // 8.5 → 9 (half up)
    [99, 92.5, { ok: true, value: 92 }], // 91.575 → 92
    [100.5, 95, { ok: false, code: 'AMOUNT_NOT_INTEGER' }],
    [100, 101, { ok: false, code: 'PAYMENT_PERCENT_INVALID' }],
  ])('payableFee(%s, %s %%)', (fee, percent, expected) => {
    expect(payableFee(fee, percent)).toMatchObject(expected);
  });

  it.each([
    [
      'advance before scoring within fee',
      { fee: 1_000, payable: null, paidSoFar: 300, amount: 700 },
      { ok: true, value: { remaining: 0 } },
    ],
    [
      'before scoring above fee',
      { fee: 1_000, payable: null, paidSoFar: 300, amount: 701 },
      { ok: false, code: 'PAYMENT_EXCEEDS_PAYABLE' },
    ],
    [
      'after scoring within payable',
      { fee: 1_000, payable: 850, paidSoFar: 300, amount: 500 },
      { ok: true, value: { remaining: 50 } },
    ],
    [
      'after scoring above payable',
      { fee: 1_000, payable: 850, paidSoFar: 300, amount: 551 },
      { ok: false, code: 'PAYMENT_EXCEEDS_PAYABLE' },
    ],
    [
      'zero payment',
      { fee: 1_000, payable: 850, paidSoFar: 0, amount: 0 },
      { ok: false, code: 'PAYMENT_NOT_POSITIVE' },
    ],
    [
      'fractional 分',
      { fee: 1_000, payable: 850, paidSoFar: 0, amount: 0.5 },
      { ok: false, code: 'AMOUNT_NOT_INTEGER' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(validatePayment(input)).toMatchObject(expected);
  });
});
