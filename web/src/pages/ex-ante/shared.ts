import { ASSESSMENT_STATUS_LABELS, type AssessmentStatus } from '../../../../core/contracts/ex-ante';
import { type AssessmentConclusion, assessmentConclusionLabels } from '../../../../core/rules/ex-ante/rules';

export const statusColor: Record<AssessmentStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  scoring: 'blue',
  concluded: 'success',
};
export const conclusionColor: Record<AssessmentConclusion, string> = {
  support: 'green',
  partialSupport: 'orange',
  reject: 'red',
};
export const statusLabel = (s: string) => ASSESSMENT_STATUS_LABELS[s as AssessmentStatus] ?? s;
export const conclusionLabel = (c: string | null) =>
  c ? (assessmentConclusionLabels[c as AssessmentConclusion] ?? c) : '—';

export { fieldOptions, useFields } from '../../components/useFields';

/** 万元 input ↔ 分: two decimals, integer arithmetic on the string. */
export function wanToFen(wan: number | null | undefined): number | null {
  if (wan === null || wan === undefined) return null;
  return Math.round(wan * 100) * 10_000;
}
/** 元 input ↔ 分. */
export function yuanToFen(yuan: number | null | undefined): number | null {
  if (yuan === null || yuan === undefined) return null;
  return Math.round(yuan * 100);
}
export const fenToYuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? null : fen / 100);
export const fenToWan = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? null : fen / 1_000_000;
