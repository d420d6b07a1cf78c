import { describe, expect, it } from 'vitest';
import { type SelfEvaluationIndicator, scoreSelfEvaluation } from './score-self-evaluation.ts';
import { defaultScoringRules } from './scoring-rules.ts';

const rules = defaultScoringRules;

function row(overrides: Partial<SelfEvaluationIndicator>): SelfEvaluationIndicator {
  return { level1: 'output', operator: '≥', weight: 25, target: 100, actual: 100, ...overrides };
}

const fullMarks: SelfEvaluationIndicator[] = [
  row({}),
  row({ operator: '≤', target: 50, actual: 40 }),
  row({ level1: 'benefit', operator: '定性', weight: 30, target: null, actual: '达成', claimedScore: 30 }),
  row({ level1: 'satisfaction', weight: 10, target: 90, actual: 95 }),
];

describe('scoreSelfEvaluation', () => {
  it('scores a perfect form 100 / 优', () => {
    const result = scoreSelfEvaluation(
      { budget: { annual: 100_000, executed: 100_000 }, indicators: fullMarks },
      rules,
    );
    expect(result).toMatchObject({ executionRate: 100, executionScore: 10, total: 100, maxTotal: 100, grade: '优' });
    expect(result.flags).toEqual([]);
    expect(result.levels).toEqual({
      output: { score: 50, maxScore: 50 },
      cost: { score: 0, maxScore: 0 },
      benefit: { score: 30, maxScore: 30 },
      satisfaction: { score: 10, maxScore: 10 },
    });
  });

  it.each<[string, number, SelfEvaluationIndicator[], number, string]>([
    ['execution 0 drops exactly 10 → 90 优', 0, fullMarks, 90, '优'],
    ['one output row at 40 % → 85 良', 100_000, replace(0, row({ actual: 40 })), 85, '良'],
    [
      'missing satisfaction actual → 90 优',
      100_000,
      replace(3, row({ level1: 'satisfaction', weight: 10, actual: null })),
      90,
      '优',
    ],
    [
      'benefit 未达成 claiming 30 → band top 17.99 → 87.99 良',
      100_000,
      replace(
        2,
        row({ level1: 'benefit', operator: '定性', weight: 30, target: null, actual: '未达成', claimedScore: 30 }),
      ),
      87.99,
      '良',
    ],
    ['everything missing → 差', 100_000, fullMarks.map((r) => ({ ...r, actual: null })), 10, '差'],
  ])('%s', (_label, executed, indicators, total, grade) => {
    const result = scoreSelfEvaluation({ budget: { annual: 100_000, executed }, indicators }, rules);
    expect(result.total).toBe(total);
    expect(result.grade).toBe(grade);
  });

  it('adds rounded row scores without float artefacts', () => {
    const thirds = [1, 2, 3].map(() => row({ weight: 10, target: 3, actual: 1 }));
    const result = scoreSelfEvaluation({ budget: { annual: 3, executed: 1 }, indicators: thirds }, rules);
    expect(result.indicators.map((r) => r.score)).toEqual([3.33, 3.33, 3.33]);
    expect(result.executionScore).toBe(3.33);
    expect(result.total).toBe(13.32);
  });

  it('uses weights from the input and flags a form whose weights do not add up', () => {
    const weights = { execution: 20, levels: { output: 40, cost: 0, benefit: 30, satisfaction: 10 } };
    const result = scoreSelfEvaluation({ budget: { annual: 10, executed: 5 }, weights, indicators: fullMarks }, rules);
    expect(result.executionScore).toBe(10);
    expect(result.maxTotal).toBe(110);
    expect(result.flags).toEqual(['weightTotalMismatch']);
  });

  it('carries row flags through', () => {
    const indicators = replace(0, row({ actual: 140, claimedScore: 30 }));
    const result = scoreSelfEvaluation({ budget: { annual: 1, executed: 1 }, indicators }, rules);
    expect(result.indicators[0]).toMatchObject({ score: 25, flags: ['overAchieved', 'claimedAboveRule'] });
  });
});

function replace(index: number, replacement: SelfEvaluationIndicator): SelfEvaluationIndicator[] {
  return fullMarks.map((r, i) => (i === index ? replacement : r));
}
