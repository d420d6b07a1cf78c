import { level1Labels, qualitativeLevels } from '../indicator.ts';
import {
  checkDescending,
  checkDistinct,
  literalOptions,
  optionsOf,
  type RuleCatalogue,
  type RuleColumn,
  type RuleFieldIssue,
  sumHundredths,
} from '../rule-fields.ts';
import { grades, type ScoringRules } from './scoring-rules.ts';

/** Columns of a grade band table (self-evaluation and key evaluation share the shape). */
export const gradeBandColumns: RuleColumn[] = [
  { key: 'grade', label: '等级', kind: 'enum', options: literalOptions(grades) },
  { key: 'min', label: '下限', kind: 'number', unit: '分', min: 0, max: 100 },
  { key: 'minInclusive', label: '含下限', kind: 'boolean' },
];

/** Grade bands: best first, lower bounds strictly falling, each grade once (every issue). */
export function checkGradeBands(
  bands: readonly { grade: string; min: number }[],
  path: string,
  label: string,
): RuleFieldIssue[] {
  return [...checkDescending(bands, path, label), ...checkDistinct(bands, path, label, 'grade')];
}

/** The rule form of 绩效自评评分 and its checks across fields. */
export const scoringRuleCatalogue: RuleCatalogue<ScoringRules> = {
  sections: [
    {
      title: '自评表分值',
      fields: [
        {
          path: 'weights.execution',
          kind: 'number',
          label: '预算执行率分值',
          help: '预算执行率与各一级指标分值之和应为 100 分',
          unit: '分',
          min: 0,
          max: 100,
        },
        {
          path: 'weights.levels',
          kind: 'numberMap',
          label: '一级指标分值',
          help: '财预〔2020〕10号体系下成本指标含在产出指标内，填 0',
          keys: optionsOf(level1Labels),
          unit: '分',
          min: 0,
          max: 100,
        },
      ],
    },
    {
      title: '等级与定性指标',
      fields: [
        {
          path: 'gradeBands',
          kind: 'rows',
          label: '等级区间',
          help: '从最高等级起按下限从高到低排列；低于所有下限的得最后一档',
          minRows: 1,
          columns: gradeBandColumns,
        },
        {
          path: 'qualitativeBands',
          kind: 'rows',
          label: '定性指标得分区间',
          help: '占该指标分值的比例（0–1），如部分达成为 [0.6, 0.8)',
          keys: literalOptions(qualitativeLevels),
          columns: [
            { key: 'min', label: '下限', kind: 'number', min: 0, max: 1, step: 0.05 },
            { key: 'max', label: '上限', kind: 'number', min: 0, max: 1, step: 0.05 },
            { key: 'maxInclusive', label: '含上限', kind: 'boolean' },
          ],
        },
        {
          path: 'overAchievementPercent',
          kind: 'number',
          label: '超额完成提示线',
          help: '实际值超过目标值的该百分比时提示“目标可能偏低”（不扣分）',
          unit: '%',
          min: 100,
          max: 1000,
        },
      ],
    },
  ],
  advanced: [],
  check: (rules) => {
    const issues: RuleFieldIssue[] = [];
    const total = sumHundredths([rules.weights.execution, ...Object.values(rules.weights.levels)]);
    if (total !== 100)
      issues.push({
        path: 'weights.execution',
        message: `「预算执行率分值」与「一级指标分值」之和应为 100 分，当前为 ${total} 分`,
      });
    issues.push(...checkGradeBands(rules.gradeBands, 'gradeBands', '等级区间'));
    for (const level of qualitativeLevels) {
      const band = rules.qualitativeBands[level];
      if (band.min > band.max)
        issues.push({
          path: `qualitativeBands.${level}.min`,
          message: `「定性指标得分区间 · ${level}」的下限不能大于上限`,
        });
    }
    // 达成 above 部分达成 above 未达成, touching but not overlapping.
    for (let i = 1; i < qualitativeLevels.length; i += 1) {
      const higher = rules.qualitativeBands[qualitativeLevels[i - 1]];
      const lower = rules.qualitativeBands[qualitativeLevels[i]];
      if (lower.max > higher.min)
        issues.push({
          path: `qualitativeBands.${qualitativeLevels[i]}.max`,
          message: `「定性指标得分区间 · ${qualitativeLevels[i]}」的上限不能高于“${qualitativeLevels[i - 1]}”的下限 ${higher.min}`,
        });
    }
    return issues;
  },
};
