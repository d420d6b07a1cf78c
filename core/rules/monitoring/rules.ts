import type { Likelihood, WarningColor } from './types.ts';

/** Lower bounds of the v-score bands (v = progress relative to time progress × 100). */
export interface WarningBands {
  /** v ≥ green → green. */
  green: number;
  /** yellow ≤ v < green → yellow; below → red. */
  yellow: number;
}

export interface MonitoringRules {
  /** Time progress denominator (序时进度 = month / monthsInYear). */
  monthsInYear: number;
  bands: WarningBands;
  positive: {
    /** Current value 0 (or below) on a ≥ / > / = indicator → red. */
    zeroIsRed: boolean;
    /** current / full-year target at or above this percent → blue (target probably set too low). */
    bluePercent: number;
  };
  negative: {
    /** Default for ≤ / < indicators: compare with the prorated ceiling (cumulative) or the full ceiling. */
    prorate: boolean;
    /** Mirrored blue: (ceiling / current) × 100 at or above this → blue (ceiling probably too loose). */
    bluePercent: number;
  };
  /** Color forced by the declared likelihood (null: no effect). 完全不可能 → red by default. */
  likelihoodColors: Record<Likelihood, WarningColor | null>;
  /** Likelihoods for which no deviation reason is needed. */
  reasonOptionalFor: Likelihood[];
  /** Choosing 其他 requires a written explanation. */
  otherNeedsNote: boolean;
  /** Colors from worst to best; the project level is the worst of its parts. */
  severity: WarningColor[];
}

export const defaultMonitoringRules: MonitoringRules = {
  monthsInYear: 12,
  bands: { green: 80, yellow: 60 },
  positive: { zeroIsRed: true, bluePercent: 120 },
  negative: { prorate: false, bluePercent: 120 },
  likelihoodColors: { certain: null, possible: null, impossible: 'red' },
  reasonOptionalFor: ['certain'],
  otherNeedsNote: true,
  // Blue (target too low) ranks above green but below yellow: it needs a look, not a rescue.
  severity: ['red', 'yellow', 'blue', 'green'],
};
