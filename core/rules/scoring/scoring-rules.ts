import type { Level1, QualitativeLevel } from '../indicator.ts';

export const grades = ['优', '良', '中', '差'] as const;
export type Grade = (typeof grades)[number];

/** A grade band: `total ≥ min` (or `> min` when not inclusive); bands are tried from the first. */
export interface GradeBand {
  grade: Grade;
  min: number;
  minInclusive: boolean;
}

/** A qualitative band as fractions of the indicator weight, e.g. 部分达成 → [0.6w, 0.8w). */
export interface QualitativeBand {
  min: number;
  max: number;
  maxInclusive: boolean;
}

/** Weights of the self-evaluation form: 预算执行率 plus one total per first level (sum 100). */
export interface ScoringWeights {
  execution: number;
  levels: Readonly<Record<Level1, number>>;
}

export interface ScoringRules {
  weights: ScoringWeights;
  /** Ordered from the best grade down; a total matching no band gets the last band's grade. */
  gradeBands: readonly GradeBand[];
  qualitativeBands: Readonly<Record<QualitativeLevel, QualitativeBand>>;
  /** Flag `overAchieved` when actual > this percentage of the target (no deduction). */
  overAchievementPercent: number;
}

export const defaultScoringRules: ScoringRules = {
  weights: {
    execution: 10,
    // 成本 (first level in 财预〔2021〕101号) takes its share out of 产出; 0 here keeps 10/50/30/10.
    levels: { output: 50, cost: 0, benefit: 30, satisfaction: 10 },
  },
  gradeBands: [
    { grade: '优', min: 90, minInclusive: true },
    { grade: '良', min: 80, minInclusive: true },
    { grade: '中', min: 60, minInclusive: true },
    { grade: '差', min: 0, minInclusive: true },
  ],
  qualitativeBands: {
    达成: { min: 0.8, max: 1, maxInclusive: true },
    部分达成: { min: 0.6, max: 0.8, maxInclusive: false },
    未达成: { min: 0, max: 0.6, maxInclusive: false },
  },
  overAchievementPercent: 130,
};
