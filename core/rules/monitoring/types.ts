/** Outcome of a rule validation: a value, or a stable code with a Chinese message (never thrown). */
export type RuleResult<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** Success helper. */
export function ok<T>(value: T): RuleResult<T> {
  return { ok: true, value };
}

/** Failure helper. */
export function fail<T = never>(code: string, message: string): RuleResult<T> {
  return { ok: false, code, message };
}

export const warningColors = ['red', 'yellow', 'green', 'blue'] as const;
export type WarningColor = (typeof warningColors)[number];

export const warningColorLabels: Record<WarningColor, string> = {
  red: '红色预警',
  yellow: '黄色预警',
  green: '绿色预警',
  blue: '蓝色预警',
};

/** 完成可能性 of an indicator's full-year target. */
export const likelihoods = ['certain', 'possible', 'impossible'] as const;
export type Likelihood = (typeof likelihoods)[number];

export const likelihoodLabels: Record<Likelihood, string> = {
  certain: '确定能',
  possible: '有可能',
  impossible: '完全不可能',
};

/** 偏差原因 codes (multi-select). */
export const deviationReasons = ['staff', 'system', 'funding', 'hardware', 'other'] as const;
export type DeviationReason = (typeof deviationReasons)[number];

export const deviationReasonLabels: Record<DeviationReason, string> = {
  staff: '人员',
  system: '制度',
  funding: '经费',
  hardware: '硬件',
  other: '其他',
};

/** Rounds a rate to 2 decimals for display (half away from zero); bands compare the unrounded value. */
export function round2(value: number): number {
  const shifted = Math.round(Number(`${Math.abs(value)}e2`));
  return Math.sign(value) * Number(`${shifted}e-2`);
}
