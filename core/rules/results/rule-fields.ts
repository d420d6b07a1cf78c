import { literalOptions, optionsOf, type RuleCatalogue, type RuleFieldIssue, type RuleOption } from '../rule-fields.ts';
import { grades } from '../scoring/scoring-rules.ts';
import { evaluationSourceLabels, projectKindLabels, type ResultsRules, resultActionLabels, WILDCARD } from './rules.ts';

const any: RuleOption = { value: WILDCARD, label: '任意' };

/** The rule form of 结果应用 and its checks across fields. */
export const resultsRuleCatalogue: RuleCatalogue<ResultsRules> = {
  sections: [
    {
      title: '结果应用规则表',
      fields: [
        {
          path: 'table',
          kind: 'rows',
          label: '结果应用规则表',
          help: '多行同时匹配时，条件最具体的一行生效；“任意”匹配所有取值；压减须填压减比例',
          minRows: 1,
          columns: [
            {
              key: 'evaluationKind',
              label: '评价来源',
              kind: 'enum',
              options: [any, ...optionsOf(evaluationSourceLabels)],
            },
            { key: 'projectKind', label: '项目类型', kind: 'enum', options: [any, ...optionsOf(projectKindLabels)] },
            { key: 'grade', label: '等级', kind: 'enum', options: [any, ...literalOptions(grades)] },
            { key: 'action', label: '应用方式', kind: 'enum', options: optionsOf(resultActionLabels) },
            { key: 'cutPercent', label: '压减比例', kind: 'number', unit: '%', min: 0, max: 100, optional: true },
          ],
        },
      ],
    },
    {
      title: '压减与取整',
      fields: [
        {
          path: 'unrectifiedCutPercent',
          kind: 'number',
          label: '未整改追加压减比例',
          unit: '%',
          min: 0,
          max: 100,
        },
        {
          path: 'roundingUnit',
          kind: 'enum',
          label: '调整金额取整单位',
          options: [
            { value: 1, label: '分' },
            { value: 100, label: '元' },
            { value: 1_000_000, label: '万元' },
          ],
        },
      ],
    },
  ],
  advanced: [],
  check: (rules) => {
    const seen = new Set<string>();
    return rules.table.flatMap((row, i) => {
      const issues: RuleFieldIssue[] = [];
      if (row.action === 'cut' && row.cutPercent === undefined)
        issues.push({
          path: `table.${i}.cutPercent`,
          message: `「结果应用规则表」第 ${i + 1} 行为压减，须填写「压减比例」`,
        });
      const key = `${row.evaluationKind}|${row.projectKind}|${row.grade}`;
      if (seen.has(key))
        issues.push({ path: `table.${i}`, message: `「结果应用规则表」第 ${i + 1} 行与前面某行的条件完全相同` });
      seen.add(key);
      return issues;
    });
  },
};
