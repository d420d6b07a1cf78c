/** Outcome of a rule validation: a value, or a stable code with a Chinese message (never thrown). */
export type RuleResult<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** One finding of a check that can report several problems at once. */
export interface RuleIssue {
  code: string;
  message: string;
  path?: string;
}

/** Success helper. */
export function ok<T>(value: T): RuleResult<T> {
  return { ok: true, value };
}

/** Failure helper. */
export function fail<T = never>(code: string, message: string): RuleResult<T> {
  return { ok: false, code, message };
}

/** Rounds a score to 2 decimals (half away from zero); totals are summed first and rounded once. */
export function round2(value: number): number {
  const shifted = Math.round(Number(`${Math.abs(value)}e2`));
  return Math.sign(value) * Number(`${shifted}e-2`);
}

// Weights may carry decimals; sums are compared in hundredths so 33.3 + 66.7 is exactly 100.
export const toCents = (n: number): number => Math.round(n * 100);

export const evaluationKinds = [
  'project',
  'departmentOverall',
  'policy',
  'procurement',
  'purchasedService',
  'debt',
] as const;
export type EvaluationKind = (typeof evaluationKinds)[number];

export const evaluationKindLabels: Record<EvaluationKind, string> = {
  project: '项目支出',
  departmentOverall: '部门整体',
  policy: '政策',
  procurement: '政府采购',
  purchasedService: '政府购买服务',
  debt: '政府债务',
};

/** First-level framework of finance-led evaluations. */
export const frameworkCodes = ['decision', 'process', 'output', 'benefit'] as const;
export type FrameworkCode = (typeof frameworkCodes)[number];

export const frameworkLabels: Record<FrameworkCode, string> = {
  decision: '决策',
  process: '过程',
  output: '产出',
  benefit: '效益',
};

/** Same literal grades as the self-evaluation rules (`core/rules/scoring`), so results application takes either. */
export const grades = ['优', '良', '中', '差'] as const;
export type Grade = (typeof grades)[number];

/** A lower-bound grade band: total ≥ min (> min when not inclusive). */
export interface GradeBand {
  grade: Grade;
  min: number;
  minInclusive: boolean;
}

/** round(a × num / den) half up for non-negative integers, exact through BigInt (the one rounding step). */
export function mulDivRound(a: number, num: number, den: number): number {
  return Number((BigInt(a) * BigInt(num) * 2n + BigInt(den)) / (BigInt(den) * 2n));
}

/**
 * The default name of an evaluation: object name, kind and 绩效评价, without saying the kind twice when the object's
 * own name already ends with it (“…安保服务政府购买服务” → “…安保服务政府购买服务绩效评价”).
 */
export function evaluationName(objectName: string, kind: EvaluationKind): string {
  const name = objectName.trim();
  const label = evaluationKindLabels[kind];
  return `${name.endsWith(label) ? name : `${name}${label}`}绩效评价`;
}
