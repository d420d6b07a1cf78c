import { standardProcess } from './template-common.ts';
import {
  bands,
  deduct,
  type EvaluationTemplate,
  ind,
  judge,
  l1,
  l2,
  ratio,
  survey,
  timelinessBands,
} from './template-types.ts';

/** Default 政策 key-evaluation template: policy design, delivery accuracy, coverage and effects. */
export const policyTemplate: EvaluationTemplate = {
  kind: 'policy',
  name: '财政政策绩效评价指标体系',
  dimensions: [
    l1('decision', 15, [
      l2('policyDesign', '政策制定', 7, [
        ind('policyBasis', '政策依据充分性', 3, judge, '符合上位政策和发展规划、属于财政支持范围得3分'),
        ind(
          'policyProcedure',
          '决策程序规范性',
          4,
          deduct(1),
          '经调研论证、征求意见、合法性审查和集体决策；每缺一个环节扣1分',
        ),
      ]),
      l2('policyTargets', '政策目标', 4, [
        ind('targetClarity', '政策目标明确性', 4, judge, '总体和年度目标明确、可考核得4分，否则酌情扣分'),
      ]),
      l2('funding', '资金安排', 4, [
        ind('subsidyStandard', '补助标准合理性', 4, judge, '补助对象和标准有测算依据、与财力相适应得4分'),
      ]),
    ]),
    standardProcess(),
    l1('output', 30, [
      l2('coverage', '政策覆盖', 12, [
        ind('coverageRate', '政策覆盖率', 12, ratio('completionRate'), '实际受益对象数/应受益对象数×12分'),
      ]),
      l2('accuracy', '发放准确性', 10, [
        ind('accuracyRate', '补助发放准确率', 6, ratio('qualityRate'), '准确发放笔数/发放笔数×6分'),
        ind('standardApplied', '补助标准执行', 4, deduct(1), '每发现一笔超标准或不符合条件发放扣1分'),
      ]),
      l2('timeliness', '发放时效', 8, [
        ind('onTime', '资金发放及时性', 8, timelinessBands, '按时发放比例100%得满分，≥90%得80%，≥80%得60%'),
      ]),
    ]),
    l1('benefit', 30, [
      l2('effects', '政策效果', 22, [
        ind(
          'goalAchievement',
          '政策目标实现程度',
          12,
          bands('%', [
            [100, 100],
            [90, 85],
            [80, 70],
            [60, 50],
          ]),
          '核心目标实现比例分档计分',
        ),
        ind('leverage', '引导带动效应', 5, judge, '带动社会资本、产业发展等效应'),
        ind('sustainability', '政策可持续性', 5, judge, '退出机制、长效机制和财政可承受能力'),
      ]),
      l2('satisfaction', '满意度', 8, [
        ind('beneficiarySatisfaction', '受益对象满意度', 8, survey, '问卷平均满意度×8分'),
      ]),
    ]),
  ],
};
