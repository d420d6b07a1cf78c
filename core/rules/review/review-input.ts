import type { IndicatorFramework, Level1, Level2, Operator, QualitativeLevel } from '../indicator.ts';
import type { Grade } from '../scoring/scoring-rules.ts';
import type { ReviewArea, ReviewCheckCode, ReviewSeverity } from './review-rules.ts';

/** One indicator row of the self-evaluation under review. */
export interface ReviewIndicator {
  level1: Level1;
  level2: Level2;
  name: string;
  operator: Operator;
  /** 年度指标值 (quantitative rows). */
  target: number | null;
  /** 实际完成值: a number, or 达成/部分达成/未达成 for 定性 rows. */
  actual: number | QualitativeLevel | null;
  unit?: string | null;
  weight: number;
  /** 得分 the unit claimed. */
  claimedScore: number | null;
  /** Highest score the scoring rules allow (`scoreIndicator(...).ruleScore`); null when unknown. */
  ruleScore: number | null;
  /** 偏差原因分析及改进措施 */
  deviationReason?: string | null;
  lastYearActual?: number | null;
}

export interface ReviewAttachment {
  name: string;
  /** Free kind code from the upload form, e.g. 'survey', 'contract', 'acceptance'. */
  kind: string;
}

/** A text to compare the analysis with: another project's this year, or this project's last year. */
export interface ComparisonText {
  source: 'otherProject' | 'lastYear';
  /** Shown in the evidence, e.g. “XX项目（2025年）”. */
  label: string;
  text: string;
  /**
   * Dice similarity already computed by the caller (e.g. `findSimilar` of a similarity index, which only returns
   * texts long enough to compare); when given, the check uses it instead of comparing the texts again.
   */
  similarity?: number;
}

export interface UnitProjectTotal {
  projectName: string;
  total: number;
}

export interface ReviewInput {
  projectName: string;
  framework?: IndicatorFramework;
  grade: Grade;
  total: number;
  /** 执行率 in percent; null when unknown. */
  executionRate: number | null;
  indicators: readonly ReviewIndicator[];
  attachments: readonly ReviewAttachment[];
  /** Conclusion, problems, improvements and deviation analysis, joined by the caller. */
  analysisText: string;
  comparisonTexts?: readonly ComparisonText[];
  /** Keywords of the project's 重点领域 (field), from the indicator library. */
  fieldKeywords?: readonly string[];
  /** All self-evaluations of the same unit this year; omit to skip the unit-level check. */
  unitProjects?: readonly UnitProjectTotal[];
}

export interface ReviewFinding {
  code: ReviewCheckCode;
  area: ReviewArea;
  severity: ReviewSeverity;
  /** Chinese, contains the triggering numbers. */
  evidence: string;
  /** Chinese suggested fix, becomes the suggestion to the unit when accepted. */
  suggestion: string;
  indicatorIndex?: number;
}
