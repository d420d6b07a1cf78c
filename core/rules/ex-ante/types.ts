/** Outcome of a rule validation: a value, or a stable code with a Chinese message (never thrown). */
export type RuleResult<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** One finding of a check that can report several problems at once. */
export interface RuleIssue {
  code: string;
  message: string;
  /** Dotted path of the offending item, e.g. `dimensions.necessity.points.policyBasis`. */
  path?: string;
}

export type { BudgetType } from '../../enums.ts';

/** A lower-bound band: a value at or above `min` (strictly above when `inclusive` is false) gets `code`. */
export interface Band<C extends string> {
  code: C;
  min: number;
  inclusive?: boolean;
}

/** Bands listed from highest `min` to lowest; a value below all of them gets `fallback`. */
export interface BandTable<C extends string> {
  bands: Band<C>[];
  fallback: C;
}

/** Returns the code of the first band (highest first) that the value reaches. */
export function pickBand<C extends string>(value: number, table: BandTable<C>): C {
  const sorted = [...table.bands].sort((a, b) => b.min - a.min);
  for (const band of sorted) {
    const reached = band.inclusive === false ? value > band.min : value >= band.min;
    if (reached) return band.code;
  }
  return table.fallback;
}

/** Success helper. */
export function ok<T>(value: T): RuleResult<T> {
  return { ok: true, value };
}

/** Failure helper. */
export function fail<T = never>(code: string, message: string): RuleResult<T> {
  return { ok: false, code, message };
}

/** Rounds a score to 2 decimals (half away from zero), the display precision of every score. */
export function round2(value: number): number {
  // Shifting through the decimal exponent avoids the 1.005 * 100 = 100.49999 binary artefact.
  const shifted = Math.round(Number(`${Math.abs(value)}e2`));
  return Math.sign(value) * Number(`${shifted}e-2`);
}

/** round(a × num / den) half up, all integers, exact through BigInt; the one rounding step of money maths. */
export function mulDivRound(a: number, num: number, den: number): number {
  const product = BigInt(a) * BigInt(num);
  const divisor = BigInt(den);
  const sign = product < 0n !== divisor < 0n ? -1n : 1n;
  const absProduct = product < 0n ? -product : product;
  const absDivisor = divisor < 0n ? -divisor : divisor;
  return Number(sign * ((absProduct * 2n + absDivisor) / (absDivisor * 2n)));
}
