import { TEMPLATE_KIND_LABELS } from '../../contracts/ex-ante.ts';
import { BUDGET_TYPE_LABELS } from '../../enums.ts';
import { checkDescending, checkDistinct, optionsOf, type RuleCatalogue, type RuleFieldIssue } from '../rule-fields.ts';
import { assessmentConclusionLabels, type ExAnteRules, type TemplateKind } from './rules.ts';
import { validateTemplate } from './validate-template.ts';

const conclusionOptions = optionsOf(assessmentConclusionLabels);
const WAN_YUAN = 1_000_000; // 分 per 万元
const money = { unit: '万元', min: 0, step: 10, integer: true, scale: WAN_YUAN };

/** The rule form of 事前绩效评估 and its checks across fields (scoring templates keep their own validator). */
export const exAnteRuleCatalogue: RuleCatalogue<ExAnteRules> = {
  sections: [
    {
      title: '评估范围',
      fields: [
        {
          path: 'thresholds',
          kind: 'rows',
          label: '评估金额起点',
          help: '新增项目金额达到起点即须部门自评估 / 财政评估',
          keys: optionsOf(BUDGET_TYPE_LABELS),
          columns: [
            { key: 'department', label: '部门自评估起点', kind: 'number', ...money },
            { key: 'finance', label: '财政评估起点', kind: 'number', ...money },
          ],
        },
        {
          path: 'kindsInScope',
          kind: 'enumList',
          label: '适用对象',
          options: optionsOf({ project: TEMPLATE_KIND_LABELS.project, policy: TEMPLATE_KIND_LABELS.policy }),
        },
      ],
    },
    {
      title: '专家评分与结论',
      fields: [
        { path: 'panel.trimEnabled', kind: 'boolean', label: '去掉最高分和最低分' },
        {
          path: 'panel.trimFromExperts',
          kind: 'number',
          label: '去掉最高最低分的专家人数起点',
          unit: '人',
          min: 3,
          max: 50,
          integer: true,
        },
        {
          path: 'conclusionBands.bands',
          kind: 'rows',
          label: '结论区间',
          help: '按下限从高到低排列；低于所有下限的得“未达区间结论”',
          minRows: 1,
          columns: [
            { key: 'code', label: '结论', kind: 'enum', options: conclusionOptions },
            { key: 'min', label: '下限', kind: 'number', unit: '分', min: 0, max: 100 },
          ],
        },
        { path: 'conclusionBands.fallback', kind: 'enum', label: '未达区间结论', options: conclusionOptions },
        {
          path: 'gateConclusions',
          kind: 'enumList',
          label: '准予入库 / 安排预算的结论',
          options: conclusionOptions,
          minItems: 1,
        },
      ],
    },
    {
      title: '成本测算',
      fields: [
        {
          path: 'cost.unitPriceTolerancePercent',
          kind: 'number',
          label: '单价超标容忍度',
          unit: '%',
          min: 0,
          max: 100,
        },
        {
          path: 'cost.unitCostTolerancePercent',
          kind: 'number',
          label: '单位成本超标容忍度',
          unit: '%',
          min: 0,
          max: 100,
        },
        {
          path: 'cost.quantityDecimals',
          kind: 'number',
          label: '数量小数位数',
          unit: '位',
          min: 0,
          max: 6,
          integer: true,
        },
      ],
    },
  ],
  advanced: ['templates'],
  check: (rules) => {
    const thresholds = (
      Object.entries(rules.thresholds) as [keyof typeof BUDGET_TYPE_LABELS, typeof rules.thresholds.general][]
    )
      .filter(([, t]) => t.department > t.finance)
      .map(([type]) => ({
        path: `thresholds.${type}.department`,
        message: `「评估金额起点 · ${BUDGET_TYPE_LABELS[type]}」的部门自评估起点不能高于财政评估起点`,
      }));
    const bands = rules.conclusionBands.bands;
    return [
      ...thresholds,
      ...checkDescending(bands, 'conclusionBands.bands', '结论区间'),
      ...checkDistinct(
        bands,
        'conclusionBands.bands',
        '结论区间',
        'code',
        (c) => assessmentConclusionLabels[c as 'support'],
      ),
      ...templateIssues(rules),
    ];
  },
};

function templateIssues(rules: ExAnteRules): RuleFieldIssue[] {
  return (Object.keys(rules.templates) as TemplateKind[]).flatMap((kind) => {
    let issues: { message: string }[];
    try {
      issues = validateTemplate(rules.templates[kind]);
    } catch {
      issues = [{ message: '格式不正确' }];
    }
    return issues.map((issue) => ({
      path: `templates.${kind}`,
      message: `评分表（${TEMPLATE_KIND_LABELS[kind]}）：${issue.message}`,
    }));
  });
}
