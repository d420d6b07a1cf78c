import { describe, expect, it } from 'vitest';
import { findResultsRule, specificity } from './match.ts';
import { defaultResultsRules, type ResultsRuleRow } from './rules.ts';

const row = (
  evaluationKind: string,
  projectKind: string,
  grade: ResultsRuleRow['grade'],
  cutPercent: number,
): ResultsRuleRow => ({
  evaluationKind,
  projectKind,
  grade,
  action: 'cut',
  cutPercent,
});

describe('findResultsRule (default table)', () => {
  it.each([
    ['selfEvaluation', 'oneOff', '优', 'prioritise', undefined],
    ['selfEvaluation', 'oneOff', '良', 'fundAsNeeded', undefined],
    ['selfEvaluation', 'oneOff', '中', 'cut', 10],
    ['keyEvaluation', 'oneOff', '中', 'cut', 15],
    ['keyEvaluation', 'recurring', '中', 'cut', 15],
    ['selfEvaluation', 'oneOff', '差', 'cancel', undefined],
    ['keyEvaluation', 'recurring', '差', 'suspend', undefined],
  ] as const)('%s / %s / %s → %s %s', (evaluationKind, projectKind, grade, action, cutPercent) => {
    const match = findResultsRule(defaultResultsRules.table, { evaluationKind, projectKind, grade });
    expect(match?.row.action).toBe(action);
    expect(match?.row.cutPercent).toBe(cutPercent);
  });
});

describe('wildcard precedence', () => {
  const table = [
    row('*', '*', '*', 1),
    row('*', '*', '中', 2),
    row('*', 'oneOff', '*', 3),
    row('keyEvaluation', '*', '*', 4),
    row('*', 'oneOff', '中', 5),
    row('keyEvaluation', '*', '中', 6),
    row('keyEvaluation', 'oneOff', '*', 7),
    row('keyEvaluation', 'oneOff', '中', 8),
    row('keyEvaluation', 'oneOff', '中', 9),
  ];
  const key = { evaluationKind: 'keyEvaluation', projectKind: 'oneOff', grade: '中' as const };
  it.each([
    ['exact row wins; equal patterns → first row', table, 8],
    ['two specific fields: evaluation kind + project kind beat the others', table.slice(0, 7), 7],
    ['evaluation kind + grade beat project kind + grade', table.slice(0, 6), 6],
    ['one field: evaluation kind beats project kind beats grade', table.slice(0, 4), 4],
    ['project kind beats grade', table.slice(0, 3), 3],
    ['catch-all row', table.slice(0, 1), 1],
  ])('%s', (_name, rows, cutPercent) => {
    expect(findResultsRule(rows, key)?.row.cutPercent).toBe(cutPercent);
  });

  it('more specific fields beat a preferred field', () => {
    expect(specificity(row('*', 'oneOff', '中', 0))).toBeGreaterThan(specificity(row('keyEvaluation', '*', '*', 0)));
  });

  it('returns null when nothing matches', () => {
    expect(findResultsRule([row('selfEvaluation', '*', '*', 1)], key)).toBeNull();
  });
});
