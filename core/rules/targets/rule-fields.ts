import { indicatorFrameworkLabels, level1Labels } from '../indicator.ts';
import {
  optionsOf,
  quantitativeShareField,
  type RuleCatalogue,
  type RuleFieldIssue,
  sumHundredths,
} from '../rule-fields.ts';
import { type TargetRules, targetCheckLabels } from './target-rules.ts';

const levelOptions = optionsOf(level1Labels);

/** The rule form of 绩效目标审核 and its checks across fields. */
export const targetRuleCatalogue: RuleCatalogue<TargetRules> = {
  sections: [
    {
      title: '指标体系与权重',
      fields: [
        { path: 'framework', kind: 'enum', label: '指标体系', options: optionsOf(indicatorFrameworkLabels) },
        {
          path: 'indicatorWeightTotal',
          kind: 'number',
          label: '指标权重总计',
          help: '全部三级指标权重之和：100 减去自评中预算执行率的分值',
          unit: '分',
          min: 1,
          max: 100,
        },
        {
          path: 'levelWeightGroups',
          kind: 'rows',
          label: '一级指标权重合计',
          help: '每组一级指标下的指标权重之和须等于合计；各组合计之和等于指标权重总计',
          minRows: 1,
          columns: [
            { key: 'levels', label: '一级指标', kind: 'enumList', options: levelOptions, minItems: 1 },
            { key: 'total', label: '合计', kind: 'number', unit: '分', min: 0, max: 100 },
          ],
        },
        { path: 'requiredLevels', kind: 'enumList', label: '必设一级指标', options: levelOptions, minItems: 1 },
      ],
    },
    {
      title: '指标填报要求',
      fields: [
        quantitativeShareField,
        {
          path: 'maxNameLength',
          kind: 'number',
          label: '指标名称最大长度',
          unit: '字',
          min: 1,
          max: 500,
          integer: true,
        },
        {
          path: 'forbiddenValueChars',
          kind: 'tags',
          label: '指标值禁用字符',
          help: '指标值中不得出现的占位字符，如 * _ -',
        },
      ],
    },
    {
      title: '检查严重程度',
      fields: [
        {
          path: 'severities',
          kind: 'codeMap',
          label: '严重程度',
          help: '“错误”阻止提交，“提醒”仅提示',
          keys: optionsOf(targetCheckLabels),
          options: [
            { value: 'error', label: '错误' },
            { value: 'warning', label: '提醒' },
          ],
        },
      ],
    },
  ],
  advanced: ['taxonomies'],
  check: (rules) => {
    const issues: RuleFieldIssue[] = [];
    const total = sumHundredths(rules.levelWeightGroups.map((g) => g.total));
    if (total !== rules.indicatorWeightTotal)
      issues.push({
        path: 'levelWeightGroups',
        message: `「一级指标权重合计」各组之和应等于「指标权重总计」${rules.indicatorWeightTotal} 分，当前为 ${total} 分`,
      });
    const seen = new Set<string>();
    for (const [i, group] of rules.levelWeightGroups.entries()) {
      const repeated = group.levels.find((level) => seen.has(level));
      if (repeated)
        issues.push({
          path: `levelWeightGroups.${i}.levels`,
          message: `「一级指标权重合计」中“${level1Labels[repeated]}”出现在多个组`,
        });
      for (const level of group.levels) seen.add(level);
    }
    return issues;
  },
};
