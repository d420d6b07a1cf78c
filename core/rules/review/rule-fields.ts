import { SEVERITY_LABELS } from '../../contracts/reviews.ts';
import { indicatorFrameworkLabels, level2Labels } from '../indicator.ts';
import { literalOptions, optionsOf, quantitativeShareField, type RuleCatalogue } from '../rule-fields.ts';
import { grades } from '../scoring/scoring-rules.ts';
import { type ReviewRules, reviewCheckLabels } from './review-rules.ts';

/** The rule form of 自评复核 (automated checks) and its checks across fields. */
export const reviewRuleCatalogue: RuleCatalogue<ReviewRules> = {
  sections: [
    {
      title: '预算执行与绩效等级匹配度',
      fields: [
        { path: 'framework', kind: 'enum', label: '指标体系', options: optionsOf(indicatorFrameworkLabels) },
        { path: 'excellentGrade', kind: 'enum', label: '核查的等级', options: literalOptions(grades) },
        {
          path: 'minExecutionRateForExcellent',
          kind: 'number',
          label: '该等级要求的最低执行率',
          unit: '%',
          min: 0,
          max: 100,
        },
        { path: 'fullScore', kind: 'number', label: '满分线', unit: '分', min: 0, max: 100 },
        {
          path: 'minUnitProjects',
          kind: 'number',
          label: '“全部满分”核查的最少项目数',
          unit: '个',
          min: 1,
          max: 1000,
          integer: true,
        },
      ],
    },
    {
      title: '指标设置科学性',
      fields: [
        quantitativeShareField,
        {
          path: 'fieldRelevanceLevel2',
          kind: 'enumList',
          label: '须与项目相关的二级指标',
          options: optionsOf(level2Labels),
        },
        { path: 'projectNameStopWords', kind: 'tags', label: '项目名称停用词', help: '比对指标与项目名称时忽略的词' },
      ],
    },
    {
      title: '评价依据充分性',
      fields: [
        {
          path: 'minAnalysisLength',
          kind: 'number',
          label: '分析说明最少字数',
          help: '不计空白和标点',
          unit: '字',
          min: 0,
          max: 2000,
          integer: true,
        },
        {
          path: 'similarityThreshold',
          kind: 'number',
          label: '相似度阈值',
          help: '两段文字的相似度达到该值即视为雷同（0.5–1；阈值越低，标出的雷同越多）',
          min: 0.5,
          max: 1,
          step: 0.05,
        },
        {
          path: 'minSimilarityLength',
          kind: 'number',
          label: '参与比对的最少字数',
          unit: '字',
          min: 1,
          max: 1000,
          integer: true,
        },
        { path: 'surveyEvidenceKinds', kind: 'tags', label: '视为满意度调查的附件类型', minItems: 1 },
        { path: 'surveyNameKeywords', kind: 'tags', label: '视为满意度调查的附件名称关键词', minItems: 1 },
      ],
    },
    {
      title: '检查严重程度',
      fields: [
        {
          path: 'severities',
          kind: 'codeMap',
          label: '严重程度',
          keys: optionsOf(reviewCheckLabels),
          options: optionsOf(SEVERITY_LABELS),
        },
      ],
    },
  ],
  advanced: ['taxonomies'],
};
