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

/** Default 政府债务 (专项债券项目) key-evaluation template: limits, use of funds, revenue and repayment. */
export const debtTemplate: EvaluationTemplate = {
  kind: 'debt',
  name: '政府债务项目绩效评价指标体系',
  dimensions: [
    l1('decision', 15, [
      l2('borrowing', '举债决策', 9, [
        ind('limitCompliance', '限额内举债', 4, deduct(4), '超出债务限额举借或违规举债不得分'),
        ind('projectSelection', '项目遴选合规性', 5, judge, '项目属于债券支持领域、前期手续齐全、已纳入项目库得5分'),
      ]),
      l2('balance', '融资平衡方案', 6, [
        ind('balancePlan', '收益与融资平衡测算', 6, judge, '收益测算依据充分、本息覆盖倍数达到要求得6分'),
      ]),
    ]),
    l1('process', 25, [
      l2('fundUse', '资金使用', 15, [
        ind('fundsInPlace', '资金到位率', 4, ratio('fundsInPlaceRate'), '到位资金/发行额度×4分'),
        ind('budgetExecution', '资金支出进度', 6, ratio('budgetExecutionRate'), '实际支出/到位资金×6分'),
        ind('fundCompliance', '资金使用合规性', 5, deduct(1), '每发现一处挪用、闲置或用于经常性支出扣1分'),
      ]),
      l2('debtManagement', '债务管理', 10, [
        ind('repaymentOnTime', '还本付息及时性', 5, deduct(5), '发生逾期还本付息不得分'),
        ind('disclosure', '信息公开', 5, deduct(1), '每缺少一项发行、使用、项目进展信息公开扣1分'),
      ]),
    ]),
    l1('output', 30, [
      l2('construction', '项目建设', 30, [
        ind('completionRate', '建设任务完成率', 12, ratio('completionRate'), '实际完成投资或工程量/计划×12分'),
        ind('qualityRate', '工程验收合格率', 8, ratio('qualityRate'), '验收合格单项工程/完工单项工程×8分'),
        ind('onTime', '完工及时性', 5, timelinessBands, '按期完工比例分档计分'),
        ind('costControl', '投资控制', 5, ratio('costSavingRate'), '实际投资不超过概算得满分，超概算按比例扣减'),
      ]),
    ]),
    l1('benefit', 30, [
      l2('revenue', '收益与偿债', 14, [
        ind(
          'revenueRealisation',
          '项目收益实现率',
          8,
          bands('%', [
            [100, 100],
            [90, 80],
            [80, 60],
            [60, 30],
          ]),
          '实际收益/预期收益分档计分',
        ),
        ind(
          'repaymentCoverage',
          '偿债保障',
          6,
          bands('倍', [
            [1.2, 100],
            [1.1, 80],
            [1, 50],
          ]),
          '本息覆盖倍数分档计分',
        ),
      ]),
      l2('effects', '社会经济效益', 10, [
        ind('socialEconomicBenefit', '社会经济效益', 10, judge, '项目对补短板、稳投资、惠民生的作用'),
      ]),
      l2('satisfaction', '满意度', 6, [ind('publicSatisfaction', '社会公众满意度', 6, survey, '问卷平均满意度×6分')]),
    ]),
  ],
};
