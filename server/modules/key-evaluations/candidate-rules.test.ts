import { describe, expect, it } from 'vitest';
import { type CandidateFacts, candidateReasons } from './candidate-rules';

const base: CandidateFacts = {
  amount: 1_000_000_00,
  startYear: 2024,
  endYear: 2024,
  projectKind: 'oneOff',
  isPolicy: false,
  status: 'completed',
  problemCount: 0,
};
const criteria = { minAmount: 500_0000_00, minYears: 3 };

describe('candidateReasons', () => {
  it.each([
    ['small one-off project with no problems is not a candidate', {}, []],
    ['large amount (at threshold)', { amount: 500_0000_00 }, ['largeAmount', 'completed']],
    ['just below threshold', { amount: 500_0000_00 - 1 }, []],
    ['policy project covers widely', { isPolicy: true }, ['wideCoverage', 'completed']],
    ['three-year project is long-running', { startYear: 2022 }, ['longRunning', 'completed']],
    ['recurring project is long-running', { projectKind: 'recurring' }, ['longRunning', 'completed']],
    ['problems last year', { problemCount: 2 }, ['poorResults', 'completed']],
    ['still executing: no completed reason', { problemCount: 1, status: 'executing' }, ['poorResults']],
    [
      'all reasons',
      { amount: 900_0000_00, isPolicy: true, startYear: 2020, problemCount: 3 },
      ['largeAmount', 'wideCoverage', 'longRunning', 'poorResults', 'completed'],
    ],
  ] as [string, Partial<CandidateFacts>, string[]][])('%s', (_name, over, expected) => {
    expect(candidateReasons({ ...base, ...over }, criteria)).toEqual(expected);
  });
});
