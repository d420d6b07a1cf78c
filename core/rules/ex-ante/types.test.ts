import { describe, expect, it } from 'vitest';
import { type BandTable, mulDivRound, pickBand, round2 } from './types.ts';

const table: BandTable<'a' | 'b' | 'c'> = {
  bands: [
    { code: 'b', min: 60 },
    { code: 'a', min: 80, inclusive: false },
  ],
  fallback: 'c',
};

describe('pickBand', () => {
  it.each([
    [100, 'a'],
    [80.01, 'a'],
    [80, 'b'],
    [60, 'b'],
    [59.99, 'c'],
    [-5, 'c'],
  ])('%s → %s (bands sorted, exclusive bound honoured)', (value, code) => {
    expect(pickBand(value, table)).toBe(code);
  });
});

describe('mulDivRound (half up, exact)', () => {
  it.each([
    [5, 1, 10, 1],
    [4, 1, 10, 0],
    [15, 1, 10, 2],
    [-15, 1, 10, -2],
    [9_007_199_254_740_991, 10_000, 10_000, 9_007_199_254_740_991],
    [123_456_789, 8500, 10_000, 104_938_271],
  ])('%s × %s / %s = %s', (a, num, den, expected) => {
    expect(mulDivRound(a, num, den)).toBe(expected);
  });
});

describe('round2', () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [79.995, 80],
    [-1.005, -1.01],
    [80, 80],
  ])('round2(%s) = %s', (value, expected) => {
    expect(round2(value)).toBe(expected);
  });
});
