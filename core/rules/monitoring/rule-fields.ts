import { optionsOf, type RuleCatalogue } from '../rule-fields.ts';
import type { MonitoringRules } from './rules.ts';
import { likelihoodLabels, warningColorLabels, warningColors } from './types.ts';

const ratio = { unit: '%', min: 0, max: 100 };
const blue = { unit: '%', min: 100, max: 1000 };

/** The rule form of 运行监控预警 and its checks across fields. */
export const monitoringRuleCatalogue: RuleCatalogue<MonitoringRules> = {
  sections: [
    {
      title: '预警区间',
      fields: [
        {
          path: 'bands.green',
          kind: 'number',
          label: '绿色预警下限',
          help: '进度与序时进度之比 ×100 达到该值为绿色',
          ...ratio,
        },
        { path: 'bands.yellow', kind: 'number', label: '黄色预警下限', help: '低于该值为红色', ...ratio },
        { path: 'monthsInYear', kind: 'number', label: '序时进度月数', unit: '个月', min: 1, max: 12, integer: true },
        {
          path: 'severity',
          kind: 'enumList',
          label: '预警颜色顺序（从重到轻）',
          help: '项目的预警等级取其各项中最重的颜色',
          options: optionsOf(warningColorLabels),
          minItems: warningColors.length,
          ordered: true,
        },
      ],
    },
    {
      title: '正向指标（≥ / > / =）',
      fields: [
        { path: 'positive.zeroIsRed', kind: 'boolean', label: '当前值为 0 即红色预警' },
        {
          path: 'positive.bluePercent',
          kind: 'number',
          label: '蓝色预警线',
          help: '当前值达到全年目标的该百分比即蓝色（目标可能偏低）',
          ...blue,
        },
      ],
    },
    {
      title: '反向指标（≤ / <）',
      fields: [
        { path: 'negative.prorate', kind: 'boolean', label: '按序时进度折算上限' },
        {
          path: 'negative.bluePercent',
          kind: 'number',
          label: '蓝色预警线',
          help: '上限 ÷ 当前值 ×100 达到该值即蓝色（上限可能过松）',
          ...blue,
        },
      ],
    },
    {
      title: '完成可能性与偏差原因',
      fields: [
        {
          path: 'likelihoodColors',
          kind: 'codeMap',
          label: '完成可能性对应预警',
          keys: optionsOf(likelihoodLabels),
          options: [{ value: null, label: '不强制' }, ...optionsOf(warningColorLabels)],
        },
        {
          path: 'reasonOptionalFor',
          kind: 'enumList',
          label: '无需填写偏差原因的完成可能性',
          options: optionsOf(likelihoodLabels),
        },
        { path: 'otherNeedsNote', kind: 'boolean', label: '偏差原因选“其他”须填写说明' },
      ],
    },
  ],
  advanced: [],
  check: (rules) => {
    if (rules.bands.yellow > rules.bands.green)
      return [{ path: 'bands.yellow', message: `「黄色预警下限」不能高于「绿色预警下限」${rules.bands.green}` }];
    return [];
  },
};
