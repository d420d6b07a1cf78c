import { checkDescending, checkDistinct, optionsOf, type RuleCatalogue, sumHundredths } from '../rule-fields.ts';
import { checkGradeBands, gradeBandColumns } from '../scoring/rule-fields.ts';
import { creditEffectLabels, type KeyEvaluationRules } from './rules.ts';
import { type EvaluationKind, evaluationKindLabels, frameworkLabels } from './types.ts';
import { validateEvaluationTemplate, validateFrameworkWeights } from './validate-template.ts';

/** The rule form of 重点绩效评价 and 第三方机构考评, and its checks across fields. */
export const keyEvaluationRuleCatalogue: RuleCatalogue<KeyEvaluationRules> = {
  sections: [
    {
      title: '评价框架与等级',
      fields: [
        {
          path: 'frameworkWeights',
          kind: 'numberMap',
          label: '一级指标权重',
          help: '合计 100 分',
          keys: optionsOf(frameworkLabels),
          unit: '分',
          min: 0,
          max: 100,
        },
        {
          path: 'minOutputBenefitPercent',
          kind: 'number',
          label: '产出和效益权重最低占比',
          unit: '%',
          min: 0,
          max: 100,
        },
        {
          path: 'gradeBands',
          kind: 'rows',
          label: '等级区间',
          help: '从最高等级起按下限从高到低排列',
          minRows: 1,
          columns: gradeBandColumns,
        },
      ],
    },
    {
      title: '第三方机构执业质量考评',
      fields: [
        {
          path: 'agency.qualitySheet',
          kind: 'rows',
          label: '执业质量评分表',
          help: '各项权重合计 100 分；编码用于存档，不要修改已有编码',
          minRows: 1,
          columns: [
            { key: 'code', label: '编码', kind: 'text', maxLength: 40 },
            { key: 'name', label: '评分项', kind: 'text', maxLength: 60 },
            { key: 'weight', label: '权重', kind: 'number', unit: '分', min: 0, max: 100 },
          ],
        },
        {
          path: 'agency.paymentBands',
          kind: 'rows',
          label: '得分与付费比例',
          help: '按得分下限从高到低排列；低于所有下限的适用最后一档',
          minRows: 1,
          columns: [
            { key: 'min', label: '得分下限', kind: 'number', unit: '分', min: 0, max: 100 },
            { key: 'minInclusive', label: '含下限', kind: 'boolean' },
            { key: 'paymentPercent', label: '付费比例', kind: 'number', unit: '%', min: 0, max: 100 },
            { key: 'credit', label: '信用影响', kind: 'enum', options: optionsOf(creditEffectLabels) },
          ],
        },
      ],
    },
  ],
  advanced: ['templates'],
  check: (rules) => {
    const weights = validateFrameworkWeights(rules.frameworkWeights, rules).map((w) => ({
      path: 'frameworkWeights',
      message: w.message,
    }));
    const sheet = rules.agency.qualitySheet;
    const total = sumHundredths(sheet.map((item) => item.weight));
    const issues = [
      ...weights,
      ...checkGradeBands(rules.gradeBands, 'gradeBands', '等级区间'),
      ...(total === 100
        ? []
        : [{ path: 'agency.qualitySheet', message: `「执业质量评分表」权重合计应为 100 分，当前为 ${total} 分` }]),
      ...checkDistinct(sheet, 'agency.qualitySheet', '执业质量评分表', 'code'),
      ...checkDescending(rules.agency.paymentBands, 'agency.paymentBands', '得分与付费比例'),
    ];
    // The templates are checked against the framework weights: only once those are valid.
    if (weights.length > 0) return issues;
    for (const kind of Object.keys(rules.templates) as EvaluationKind[]) {
      let problems: { message: string }[];
      try {
        problems = validateEvaluationTemplate(rules.templates[kind], rules);
      } catch {
        problems = [{ message: '格式不正确' }];
      }
      for (const p of problems)
        issues.push({
          path: `templates.${kind}`,
          message: `评价指标体系（${evaluationKindLabels[kind]}）：${p.message}`,
        });
    }
    return issues;
  },
};
