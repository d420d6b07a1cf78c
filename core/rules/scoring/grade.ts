import type { Grade, ScoringRules } from './scoring-rules.ts';

/** Returns the grade (优/良/中/差) of a self-evaluation total using the rule set's bands. */
export function gradeOf(total: number, rules: ScoringRules): Grade {
  for (const band of rules.gradeBands) {
    if (band.minInclusive ? total >= band.min : total > band.min) return band.grade;
  }
  const last = rules.gradeBands[rules.gradeBands.length - 1];
  return last ? last.grade : '差';
}
