// Shared indicator vocabulary (三级指标): codes, Chinese labels and the level2 → level1 mapping
// of both national frameworks. Everything here is data; rule functions import it.

export const level1Codes = ['output', 'cost', 'benefit', 'satisfaction'] as const;
export type Level1 = (typeof level1Codes)[number];

export const level1Labels: Readonly<Record<Level1, string>> = {
  output: '产出指标',
  cost: '成本指标',
  benefit: '效益指标',
  satisfaction: '满意度指标',
};

export const level2Codes = [
  'quantity',
  'quality',
  'timeliness',
  'cost',
  'economicCost',
  'socialCost',
  'ecoCost',
  'economicBenefit',
  'socialBenefit',
  'ecoBenefit',
  'sustainable',
  'serviceSatisfaction',
] as const;
export type Level2 = (typeof level2Codes)[number];

export const level2Labels: Readonly<Record<Level2, string>> = {
  quantity: '数量指标',
  quality: '质量指标',
  timeliness: '时效指标',
  cost: '成本指标',
  economicCost: '经济成本指标',
  socialCost: '社会成本指标',
  ecoCost: '生态环境成本指标',
  economicBenefit: '经济效益指标',
  socialBenefit: '社会效益指标',
  ecoBenefit: '生态效益指标',
  sustainable: '可持续影响指标',
  serviceSatisfaction: '服务对象满意度指标',
};

export const operators = ['≥', '>', '=', '<', '≤', '定性'] as const;
export type Operator = (typeof operators)[number];
export type QuantitativeOperator = Exclude<Operator, '定性'>;

export const qualitativeLevels = ['达成', '部分达成', '未达成'] as const;
export type QualitativeLevel = (typeof qualitativeLevels)[number];

/** classic2020 = 财预〔2020〕10号 (成本 under 产出); costFirst2021 = 财预〔2021〕101号 (成本 is first level). */
export const indicatorFrameworks = ['classic2020', 'costFirst2021'] as const;
export type IndicatorFramework = (typeof indicatorFrameworks)[number];

export const indicatorFrameworkLabels: Readonly<Record<IndicatorFramework, string>> = {
  classic2020: '财预〔2020〕10号',
  costFirst2021: '财预〔2021〕101号',
};

/** Level1 → allowed level2 codes, per framework (default taxonomy; a rule set may pass its own). */
export type IndicatorTaxonomy = Readonly<Record<Level1, readonly Level2[]>>;

export const defaultTaxonomies: Readonly<Record<IndicatorFramework, IndicatorTaxonomy>> = {
  classic2020: {
    output: ['quantity', 'quality', 'timeliness', 'cost'],
    cost: [],
    benefit: ['economicBenefit', 'socialBenefit', 'ecoBenefit', 'sustainable'],
    satisfaction: ['serviceSatisfaction'],
  },
  costFirst2021: {
    output: ['quantity', 'quality', 'timeliness'],
    cost: ['economicCost', 'socialCost', 'ecoCost'],
    benefit: ['economicBenefit', 'socialBenefit', 'ecoBenefit', 'sustainable'],
    satisfaction: ['serviceSatisfaction'],
  },
};

/** Returns the level1 codes a level2 code may sit under in the given framework (empty if none). */
export function allowedLevel1Of(
  level2: Level2,
  framework: IndicatorFramework,
  taxonomies: Readonly<Record<IndicatorFramework, IndicatorTaxonomy>> = defaultTaxonomies,
): Level1[] {
  const taxonomy = taxonomies[framework];
  return level1Codes.filter((level1) => taxonomy[level1].includes(level2));
}

/** Tells whether level2 is a valid child of level1 in the given framework. */
export function isLevel2Allowed(
  level1: Level1,
  level2: Level2,
  framework: IndicatorFramework,
  taxonomies: Readonly<Record<IndicatorFramework, IndicatorTaxonomy>> = defaultTaxonomies,
): boolean {
  return taxonomies[framework][level1].includes(level2);
}

/** Tells whether an operator is quantitative (anything but 定性). */
export function isQuantitative(operator: Operator): operator is QuantitativeOperator {
  return operator !== '定性';
}

export const costLevel2Codes: readonly Level2[] = ['cost', 'economicCost', 'socialCost', 'ecoCost'];

/** Tells whether an indicator is a cost indicator in either framework (level1 成本 or a cost level2). */
export function isCostIndicator(level1: Level1, level2: Level2): boolean {
  return level1 === 'cost' || costLevel2Codes.includes(level2);
}

/** Operators that reward a higher actual ("the more the better"). */
export const increasingOperators: readonly Operator[] = ['≥', '>'];
/** Operators that reward a lower actual ("the less the better"). */
export const decreasingOperators: readonly Operator[] = ['≤', '<'];

/** Parses a plain non-negative decimal ("12", "95.5"); returns null for anything else. */
export function parseIndicatorNumber(value: string): number | null {
  const text = value.trim();
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/** Formats an indicator for messages: “name”（产出指标-数量指标）. */
export function describeIndicator(indicator: { name: string; level1: Level1; level2: Level2 }): string {
  return `“${indicator.name}”（${level1Labels[indicator.level1]}-${level2Labels[indicator.level2]}）`;
}
