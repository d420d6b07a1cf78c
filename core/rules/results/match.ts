import type { Grade } from '../key-evaluation/types.ts';
import { type ResultsRuleRow, WILDCARD } from './rules.ts';

export interface RuleKey {
  evaluationKind: string;
  projectKind: string;
  grade: Grade;
}

const fits = (pattern: string, value: string): boolean => pattern === WILDCARD || pattern === value;

/**
 * Specificity of a row: first the number of non-wildcard fields; among rows with as many, a specific
 * evaluation kind beats a specific project kind, which beats a specific grade. Equal patterns: first row wins.
 */
export function specificity(row: ResultsRuleRow): number {
  const ek = row.evaluationKind === WILDCARD ? 0 : 1;
  const pk = row.projectKind === WILDCARD ? 0 : 1;
  const g = row.grade === WILDCARD ? 0 : 1;
  return (ek + pk + g) * 8 + ek * 4 + pk * 2 + g;
}

/** Most specific row of the table matching the key, with its index; null when none matches. */
export function findResultsRule(table: ResultsRuleRow[], key: RuleKey): { row: ResultsRuleRow; index: number } | null {
  let best: { row: ResultsRuleRow; index: number } | null = null;
  for (const [index, row] of table.entries()) {
    const matches =
      fits(row.evaluationKind, key.evaluationKind) &&
      fits(row.projectKind, key.projectKind) &&
      fits(row.grade, key.grade);
    if (matches && (best === null || specificity(row) > specificity(best.row))) best = { row, index };
  }
  return best;
}
