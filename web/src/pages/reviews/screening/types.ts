import type { ReviewCheckCode, ReviewSeverity } from '../../../../../core/rules/review/review-rules';

/** One screened self-evaluation form: its scores and how many findings of each severity the checks raised. */
export interface ScreenedForm {
  selfEvaluationId: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  projectCode: string;
  projectName: string;
  total: number;
  grade: string;
  executionRate: number | null;
  p0: number;
  p1: number;
  p2: number;
  codes: ReviewCheckCode[];
  screenedAt: string;
}

/** The filtered set's totals; `changedSince` counts the caller's forms submitted or changed after the run. */
export interface ScreeningSummary {
  forms: number;
  flagged: number;
  withP0: number;
  withP1: number;
  withP2: number;
  unitsWithP0: number;
  screenedAt: string | null;
  changedSince: number;
}

/** A page of `GET /api/reviews/screening`; summary and counts are absent until the first answer. */
export interface Screening {
  items: ScreenedForm[];
  total: number;
  summary?: ScreeningSummary;
  byCode?: Partial<Record<ReviewCheckCode, number>>;
}

export type ScreeningFilters = {
  year: number;
  unitId?: number;
  severity?: ReviewSeverity;
  code?: ReviewCheckCode;
  /** 'true': forms without any finding, 'false': forms with one (strings, as the address carries them). */
  clean?: 'true' | 'false';
  keyword?: string;
};
