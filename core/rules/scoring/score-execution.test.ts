import { describe, expect, it } from 'vitest';
import { type ExecutionScore, scoreExecution } from './score-execution.ts';

describe('scoreExecution', () => {
  it.each<[string, number, number, number, ExecutionScore]>([
    ['fully executed', 1_000_000, 1_000_000, 10, { rate: 100, score: 10 }],
    ['87.65 %', 1_000_000, 876_500, 10, { rate: 87.65, score: 8.77 }],
    ['over-executed is capped', 1_000_000, 1_200_000, 10, { rate: 120, score: 10 }],
    ['nothing executed', 1_000_000, 0, 10, { rate: 0, score: 0 }],
    ['negative executed counts as 0', 1_000_000, -5, 10, { rate: 0, score: 0 }],
    ['zero budget', 0, 0, 10, { rate: null, score: 0 }],
    ['weight 20', 3, 2, 20, { rate: 66.67, score: 13.33 }],
    ['half up on the third decimal', 200_000, 100_100, 10, { rate: 50.05, score: 5.01 }],
    ['large amounts in 分', 405_780_000_00, 399_999_999_99, 10, { rate: 98.58, score: 9.86 }],
  ])('%s', (_label, annual, executed, weight, expected) => {
    expect(scoreExecution({ annual, executed }, weight)).toEqual(expected);
  });
});
