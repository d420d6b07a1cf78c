/**
 * What a page's year means; each meaning has one default rule, offset from the region's work year (core
 * `workYearOf`: today's business year, or the last year its work calendar is laid out for when that is earlier; the
 * server marks it among the fiscal years).
 * - `work`: calendar, trainings, monitoring, key evaluations, rules, reports, the cockpit, projects of the year;
 * - `evaluated`: the budget year under evaluation (work − 1): self-evaluation, review;
 * - `budget`: the budget year being prepared (work + 1): ex-ante assessment of next year's projects.
 */
export type YearMeaning = 'work' | 'evaluated' | 'budget';

const OFFSET: Record<YearMeaning, number> = { work: 0, evaluated: -1, budget: 1 };

/** A page's default year by its meaning; when the region has not opened that year, its newest fiscal year. */
export function defaultYear(meaning: YearMeaning, fiscalYears: readonly number[], workYear: number): number {
  const wanted = workYear + OFFSET[meaning];
  if (fiscalYears.length === 0 || fiscalYears.includes(wanted)) return wanted;
  return Math.max(...fiscalYears);
}

/** The years a picker offers: the region's fiscal years, plus the chosen one if a link named another (ascending). */
export function yearChoices(fiscalYears: readonly number[], chosen?: number): number[] {
  const years = new Set(fiscalYears);
  if (chosen !== undefined && Number.isInteger(chosen)) years.add(chosen);
  return [...years].sort((a, b) => a - b);
}
