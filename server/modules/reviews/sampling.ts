import type { SampleReason, TSamplingInput } from '../../../core/contracts/reviews';
import { seededShuffle } from '../../../core/random';

export interface SamplingCandidate {
  id: number;
  unitId: number;
  annualBudget: number;
  executionRate: number | null;
  grade: string;
}

/**
 * Draws the sample: every candidate matching a rule (amount, 优 with low execution, last year's problem units),
 * plus `randomCount` more from the rest by a seeded shuffle — the same seed and data give the same sample.
 */
export function drawSample(
  candidates: readonly SamplingCandidate[],
  params: TSamplingInput,
  problemUnits: ReadonlySet<number>,
): Map<number, SampleReason[]> {
  const out = new Map<number, SampleReason[]>();
  const add = (id: number, reason: SampleReason) => out.set(id, [...(out.get(id) ?? []), reason]);
  for (const c of candidates) {
    if (params.amountAbove !== null && c.annualBudget > params.amountAbove) add(c.id, 'amount');
    if (
      params.excellentExecutionBelow !== null &&
      c.grade === '优' &&
      c.executionRate !== null &&
      c.executionRate < params.excellentExecutionBelow
    )
      add(c.id, 'excellentLowExecution');
    if (params.lastYearProblemUnits && problemUnits.has(c.unitId)) add(c.id, 'lastYearProblems');
  }
  const rest = candidates.filter((c) => !out.has(c.id));
  for (const c of seededShuffle(rest, params.seed).slice(0, params.randomCount)) add(c.id, 'random');
  return out;
}
