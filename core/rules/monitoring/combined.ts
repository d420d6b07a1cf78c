import type { MonitoringRules } from './rules.ts';
import type { WarningColor } from './types.ts';

/** Worst color by `rules.severity` (red > yellow > blue > green by default); green when empty. */
export function worstColor(colors: WarningColor[], rules: MonitoringRules): WarningColor {
  let worst: WarningColor = 'green';
  let worstRank = rules.severity.indexOf('green');
  for (const color of colors) {
    const rank = rules.severity.indexOf(color);
    if (rank !== -1 && (worstRank === -1 || rank < worstRank)) {
      worst = color;
      worstRank = rank;
    }
  }
  return worst;
}

export interface ProjectWarningInput {
  /** Execution warning color, or null when the project has no execution figures this round. */
  execution: WarningColor | null;
  /** Colors of every indicator (already combined with their likelihood). */
  indicators: WarningColor[];
}

/** Project warning level = the worst of its execution and indicator warnings. */
export function projectWarning(input: ProjectWarningInput, rules: MonitoringRules): WarningColor {
  const colors = input.execution ? [input.execution, ...input.indicators] : input.indicators;
  return worstColor(colors, rules);
}
