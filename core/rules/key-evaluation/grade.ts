import type { KeyEvaluationRules } from './rules.ts';
import type { Grade, GradeBand } from './types.ts';

/** First band (in order) the value reaches; the last band when none does. */
export function firstBand<B extends { min: number; minInclusive: boolean }>(value: number, bands: B[]): B | undefined {
  return bands.find((b) => (b.minInclusive ? value >= b.min : value > b.min)) ?? bands[bands.length - 1];
}

/** Grade of a key-evaluation total: 优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 < 60 by default. */
export function gradeFromScore(total: number, rules: KeyEvaluationRules): Grade {
  const band: GradeBand | undefined = firstBand(total, rules.gradeBands);
  return band ? band.grade : '差';
}
