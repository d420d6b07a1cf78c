import { CREDIT_LEVELS, type CreditLevel } from '../../../core/contracts/agencies';
import type { CreditEffect } from '../../../core/rules/key-evaluation/index';

/** Credit level after an engagement's quality score: a good record raises one level, a warning lowers one, suspension drops to D. */
export function nextCreditLevel(current: CreditLevel, effect: CreditEffect): CreditLevel {
  const i = CREDIT_LEVELS.indexOf(current);
  if (effect === 'goodRecord') return CREDIT_LEVELS[Math.max(0, i - 1)];
  if (effect === 'warning') return CREDIT_LEVELS[Math.min(CREDIT_LEVELS.length - 1, i + 1)];
  if (effect === 'suspend') return 'D';
  return current;
}

export interface ServedOrg {
  id: number;
  kind: string;
  departmentId: number | null;
}

/**
 * Conflict of interest: the agency served (audit, bookkeeping, consulting…) the evaluated unit, its department,
 * or — for a department-overall evaluation — any unit of that department in the same year.
 */
export function hasConflict(evaluation: { unitId: number | null; departmentId: number }, served: ServedOrg): boolean {
  if (served.id === evaluation.unitId || served.id === evaluation.departmentId) return true;
  return evaluation.unitId === null && served.departmentId === evaluation.departmentId;
}
