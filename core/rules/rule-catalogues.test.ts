import { describe, expect, it } from 'vitest';
import { ruleCatalogues, validateRuleArea } from './rule-catalogues.ts';
import { checkRuleField, getAt } from './rule-fields.ts';
import { defaultRuleSet, type RuleArea } from './rule-set.ts';

/** A deep copy of an area's default with one dotted path replaced. */
function withValue(area: RuleArea, path: string, value: unknown): unknown {
  const data = structuredClone(defaultRuleSet[area]) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  const parent = getAt(data, keys.slice(0, -1).join('.')) ?? data;
  (keys.length === 1 ? data : (parent as Record<string, unknown>))[keys[keys.length - 1]] = value;
  return data;
}

const areas = Object.keys(defaultRuleSet) as RuleArea[];

describe('rule validation', () => {
  it.each(areas)('accepts the national default of %s', (area) => {
    expect(validateRuleArea(area, defaultRuleSet[area])).toEqual([]);
  });

  it.each(areas)('describes every field of %s with a Chinese label that the default satisfies', (area) => {
    const fields = ruleCatalogues[area].sections.flatMap((s) => s.fields);
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      expect(field.label).toMatch(/[\u4e00-\u9fa5]/);
      expect(getAt(defaultRuleSet[area], field.path)).not.toBeUndefined();
      expect(checkRuleField(field, defaultRuleSet[area])).toEqual([]);
    }
  });

  it.each(areas)('covers every top-level key of %s by the form or as an advanced structure', (area) => {
    const catalogue = ruleCatalogues[area];
    const covered = new Set([
      ...catalogue.advanced,
      ...catalogue.sections.flatMap((s) => s.fields.map((f) => f.path.split('.')[0])),
    ]);
    expect(Object.keys(defaultRuleSet[area]).filter((key) => !covered.has(key))).toEqual([]);
  });

  const bands = [...defaultRuleSet.scoring.gradeBands].reverse();
  const swappedQualitative = {
    ...defaultRuleSet.scoring.qualitativeBands,
    部分达成: { min: 0.6, max: 0.9, maxInclusive: false },
  };
  const sheet = defaultRuleSet.keyEvaluation.agency.qualitySheet.map((item, i) =>
    i === 0 ? { ...item, weight: 30 } : item,
  );
  const cutWithoutPercent = [{ evaluationKind: '*', projectKind: '*', grade: '中', action: 'cut' }];
  const cases: [RuleArea, string, unknown, string][] = [
    ['review', 'similarityThreshold', 5, '「相似度阈值」应在 0.5–1 之间'],
    ['review', 'similarityThreshold', 0.3, '「相似度阈值」应在 0.5–1 之间'],
    [
      'review',
      'severities.noEvidence',
      'P9',
      '「严重程度 · 未上传佐证材料」只能取：P0 必须整改、P1 应当整改、P2 改进建议',
    ],
    ['review', 'minExecutionRateForExcellent', 120, '「该等级要求的最低执行率」应在 0–100 % 之间'],
    ['review', 'minUnitProjects', 2.5, '「“全部满分”核查的最少项目数」应为整数'],
    ['review', 'surveyNameKeywords', [], '「视为满意度调查的附件名称关键词」至少需要 1 项'],
    ['review', 'similarityThreshold', '0.8', '「相似度阈值」应为数字'],
    ['review', 'taxonomies', 'x', '规则格式不正确：taxonomies 应为对象'],
    ['scoring', 'gradeBands', bands, '「等级区间」应按下限从高到低排列且不重叠：第 2 行的下限应小于第 1 行的 0'],
    ['scoring', 'weights.execution', 20, '「预算执行率分值」与「一级指标分值」之和应为 100 分，当前为 110 分'],
    [
      'scoring',
      'qualitativeBands',
      swappedQualitative,
      '「定性指标得分区间 · 部分达成」的上限不能高于“达成”的下限 0.8',
    ],
    ['targets', 'minQuantitativeShare', 60, '「定量指标最低占比」应在 0–1 之间'],
    ['targets', 'indicatorWeightTotal', 80, '「一级指标权重合计」各组之和应等于「指标权重总计」80 分，当前为 90 分'],
    [
      'targets',
      'requiredLevels',
      ['output', 'impact'],
      '「必设一级指标」含有不允许的取值“impact”（可选：产出指标、成本指标、效益指标、满意度指标）',
    ],
    [
      'exAnte',
      'thresholds.general.department',
      600_000_000,
      '「评估金额起点 · 一般公共预算」的部门自评估起点不能高于财政评估起点',
    ],
    ['exAnte', 'thresholds.general.finance', -1, '「评估金额起点 · 一般公共预算」的「财政评估起点」应不小于 0 万元'],
    ['exAnte', 'panel.trimFromExperts', 2, '「去掉最高最低分的专家人数起点」应在 3–50 人 之间'],
    ['exAnte', 'gateConclusions', [], '「准予入库 / 安排预算的结论」至少需要 1 项'],
    ['monitoring', 'bands.yellow', 90, '「黄色预警下限」不能高于「绿色预警下限」80'],
    ['monitoring', 'severity', ['red', 'yellow', 'green'], '「预警颜色顺序（从重到轻）」至少需要 4 项'],
    [
      'monitoring',
      'likelihoodColors.impossible',
      'purple',
      '「完成可能性对应预警 · 完全不可能」只能取：不强制、红色预警、黄色预警、绿色预警、蓝色预警',
    ],
    ['keyEvaluation', 'frameworkWeights.decision', 25, '一级指标权重合计应为100，当前为110'],
    ['keyEvaluation', 'agency.qualitySheet', sheet, '「执业质量评分表」权重合计应为 100 分，当前为 115 分'],
    [
      'keyEvaluation',
      'agency.paymentBands.1.credit',
      'ban',
      '「得分与付费比例」第 2 行的「信用影响」只能取：记入良好信用记录、不影响信用、约谈提醒并记入信用记录、暂停承接评价业务',
    ],
    ['results', 'table', cutWithoutPercent, '「结果应用规则表」第 1 行为压减，须填写「压减比例」'],
    ['results', 'roundingUnit', 10, '「调整金额取整单位」只能取：分、元、万元'],
    ['results', 'unrectifiedCutPercent', 101, '「未整改追加压减比例」应在 0–100 % 之间'],
  ];
  it.each(cases)('%s: rejects %s = %j', (area, path, value, message) => {
    const issues = validateRuleArea(area, withValue(area, path, value));
    expect(issues[0]?.message).toBe(message);
  });

  it('names the offending path so the form can mark the field', () => {
    expect(validateRuleArea('review', withValue('review', 'similarityThreshold', 5))[0].path).toBe(
      'similarityThreshold',
    );
    expect(validateRuleArea('scoring', withValue('scoring', 'gradeBands', bands))[0].path).toBe('gradeBands.1.min');
  });
});

describe('rule validation lists every issue at once', () => {
  it('scoring: the sum, each bad grade band row and a bad qualitative band together', () => {
    const data = structuredClone(defaultRuleSet.scoring) as unknown as Record<string, unknown>;
    Object.assign(data, {
      weights: { ...defaultRuleSet.scoring.weights, execution: 20 },
      gradeBands: [
        { grade: '优', min: 90, minInclusive: true },
        { grade: '良', min: 95, minInclusive: true },
        { grade: '良', min: 60, minInclusive: true },
        { grade: '差', min: 0, minInclusive: true },
      ],
      qualitativeBands: {
        ...defaultRuleSet.scoring.qualitativeBands,
        部分达成: { min: 0.85, max: 0.8, maxInclusive: false },
      },
    });
    expect(validateRuleArea('scoring', data)).toEqual([
      { path: 'weights.execution', message: '「预算执行率分值」与「一级指标分值」之和应为 100 分，当前为 110 分' },
      {
        path: 'gradeBands.1.min',
        message: '「等级区间」应按下限从高到低排列且不重叠：第 2 行的下限应小于第 1 行的 90',
      },
      { path: 'gradeBands.2.grade', message: '「等级区间」中“良”重复出现' },
      { path: 'qualitativeBands.部分达成.min', message: '「定性指标得分区间 · 部分达成」的下限不能大于上限' },
    ]);
  });

  it('targets: a wrong total and a level in two groups together', () => {
    const groups = [
      { levels: ['output', 'cost'], total: 50 },
      { levels: ['output'], total: 30 },
      { levels: ['satisfaction'], total: 20 },
    ];
    const issues = validateRuleArea('targets', withValue('targets', 'levelWeightGroups', groups));
    expect(issues.map((i) => i.path)).toEqual(['levelWeightGroups', 'levelWeightGroups.1.levels']);
  });

  it('field issues: every bad field, not only the first', () => {
    const data = withValue('review', 'similarityThreshold', 5) as Record<string, unknown>;
    data.minQuantitativeShare = 2;
    expect(validateRuleArea('review', data).map((i) => i.path)).toEqual(
      expect.arrayContaining(['similarityThreshold', 'minQuantitativeShare']),
    );
  });
});
