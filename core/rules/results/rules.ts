import type { Grade } from '../key-evaluation/types.ts';

export const resultActions = ['prioritise', 'fundAsNeeded', 'cut', 'cancel', 'suspend'] as const;
export type ResultAction = (typeof resultActions)[number];

export const resultActionLabels: Record<ResultAction, string> = {
  prioritise: '优先保障',
  fundAsNeeded: '按需保障',
  cut: '压减',
  cancel: '取消',
  suspend: '暂停',
};

/** Where the grade comes from (known codes; the table accepts any string). */
export const evaluationSourceLabels: Record<string, string> = {
  selfEvaluation: '绩效自评',
  selfEvaluationReview: '自评复核',
  keyEvaluation: '重点绩效评价',
};

/** Project kinds used by the default table (known codes; the table accepts any string). */
export const projectKindLabels: Record<string, string> = {
  recurring: '常年性项目',
  continuing: '延续性项目',
  oneOff: '一次性项目',
};

/** Matches any value in a rule row. */
export const WILDCARD = '*';

/** One row of the results application table; `*` matches anything. */
export interface ResultsRuleRow {
  evaluationKind: string;
  projectKind: string;
  grade: Grade | typeof WILDCARD;
  action: ResultAction;
  /** Percent of next year's budget to cut, for `cut` rows. */
  cutPercent?: number;
}

export interface ResultsRules {
  /** Most specific matching row wins (see `findResultsRule`). */
  table: ResultsRuleRow[];
  /** Extra cut (percent) while rectification items stay open (unrectified → cut). */
  unrectifiedCutPercent: number;
  /** Amount changes are rounded half up to this many 分 (1 = 分, 100 = 元, 1 000 000 = 万元). */
  roundingUnit: number;
}

export const defaultResultsRules: ResultsRules = {
  table: [
    { evaluationKind: WILDCARD, projectKind: WILDCARD, grade: '优', action: 'prioritise' },
    { evaluationKind: WILDCARD, projectKind: WILDCARD, grade: '良', action: 'fundAsNeeded' },
    { evaluationKind: WILDCARD, projectKind: WILDCARD, grade: '中', action: 'cut', cutPercent: 10 },
    { evaluationKind: WILDCARD, projectKind: WILDCARD, grade: '差', action: 'cancel' },
    // A recurring duty cannot simply disappear: it is suspended until rectified.
    { evaluationKind: WILDCARD, projectKind: 'recurring', grade: '差', action: 'suspend' },
    // A third-party key evaluation weighs more than a self-evaluation.
    { evaluationKind: 'keyEvaluation', projectKind: WILDCARD, grade: '中', action: 'cut', cutPercent: 15 },
  ],
  unrectifiedCutPercent: 10,
  roundingUnit: 1,
};
