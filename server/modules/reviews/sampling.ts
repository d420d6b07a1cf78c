import type { SampleReason, TSamplingInput } from '../../../core/contracts/reviews';
import { seededShuffle } from '../../../core/random';

export interface SamplingCandidate {
  id: number;
  unitId: number;
  annualBudget: number;
  executionRate: number | null;
  grade: string;
}

/** A screened form's findings by severity (自评全覆盖筛查), by self-evaluation id. */
export type ScreeningCounts = ReadonlyMap<number, { p0: number; p1: number }>;

/**
 * Draws the sample: every candidate matching a rule (amount, 优 with low execution, last year's problem units, flagged
 * by the year's screening), plus `randomCount` more from the rest by a seeded shuffle — the same seed and data give
 * the same sample.
 */
export function drawSample(
  candidates: readonly SamplingCandidate[],
  params: TSamplingInput,
  problemUnits: ReadonlySet<number>,
  screening: ScreeningCounts = new Map(),
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
    const screened = screening.get(c.id);
    if (
      params.screeningSeverity &&
      screened &&
      (screened.p0 > 0 || (params.screeningSeverity === 'P1' && screened.p1 > 0))
    )
      add(c.id, 'screening');
  }
  const rest = candidates.filter((c) => !out.has(c.id));
  for (const c of seededShuffle(rest, params.seed).slice(0, params.randomCount)) add(c.id, 'random');
  return out;
}
