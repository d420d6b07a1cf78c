import { describe, expect, it } from 'vitest';
import { ceilScore, floorScore, roundScore } from './round.ts';

describe('roundScore', () => {
  it.each<[number, number]>([
    [1.005, 1.01],
    [1.004, 1],
    [8.345, 8.35],
    [2.675, 2.68],
    [0.1 + 0.2, 0.3],
    [(2 / 3) * 10, 6.67],
    [9.995, 10],
    [0, 0],
    [-1.005, -1.01],
    [100, 100],
  ])('%s → %s', (value, expected) => {
    expect(roundScore(value)).toBe(expected);
  });
});

describe('ceilScore / floorScore', () => {
  it.each<[number, number, number, number]>([
    // value, ceil, floor inclusive, floor exclusive
    [2.664, 2.67, 2.66, 2.66],
    [8, 8, 8, 7.99],
    [0.6 * 7, 4.2, 4.2, 4.19],
    [0, 0, 0, -0.01],
  ])('%s → ceil %s, floor %s, floor exclusive %s', (value, ceil, floor, floorExclusive) => {
    expect(ceilScore(value)).toBe(ceil);
    expect(floorScore(value)).toBe(floor);
    expect(floorScore(value, true)).toBe(floorExclusive);
  });
});
