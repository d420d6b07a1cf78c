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

/** Default 部门整体 key-evaluation template: duties and planning, budget management, performance of duties. */
export const departmentOverallTemplate: EvaluationTemplate = {
  kind: 'departmentOverall',
  name: '部门整体支出绩效评价指标体系',
  dimensions: [
    l1('decision', 15, [
      l2('planning', '职责与规划', 6, [
        ind('dutyClarity', '部门职责明确性', 3, judge, '“三定”职责清晰、内设机构分工明确得3分'),
        ind('midTermPlan', '中长期规划', 3, judge, '制定中长期事业发展规划并与年度计划衔接得3分'),
      ]),
      l2('targets', '整体绩效目标', 5, [
        ind('targetReasonableness', '整体绩效目标合理性', 5, judge, '目标覆盖部门主要职责、指标量化可考核得5分'),
      ]),
      l2('budgeting', '预算编制', 4, [
        ind(
          'adjustmentRate',
          '预算调整率',
          4,
          bands('%', [
            [95, 100],
            [90, 75],
            [85, 50],
          ]),
          '100% − |调整数|/年初预算，分档计分',
        ),
      ]),
    ]),
    l1('process', 25, [
      l2('execution', '预算执行', 12, [
        ind('budgetExecution', '预算执行率', 6, ratio('budgetExecutionRate'), '支出/到位资金×6分'),
        ind(
          'carryOver',
          '结转结余控制',
          3,
          bands('%', [
            [95, 100],
            [90, 60],
          ]),
          '100% − 结转结余/支出预算，分档计分',
        ),
        ind('threePublicCosts', '“三公经费”控制', 3, deduct(1), '每发现一项超预算或超标准扣1分'),
      ]),
      l2('management', '预算管理', 13, [
        ind('rules', '管理制度健全性', 3, judge, '预算、财务、资产、采购制度健全得3分'),
        ind('fundCompliance', '资金使用合规性', 4, deduct(1), '每发现一处违规使用资金扣1分，扣完为止'),
        ind('procurementCompliance', '政府采购规范性', 3, deduct(1), '每发现一项应采未采或程序不规范扣1分'),
        ind('assetManagement', '资产管理规范性', 3, deduct(1), '每发现一项账实不符或处置不规范扣1分'),
      ]),
    ]),
    l1('output', 30, [
      l2('duties', '职责履行', 30, [
        ind('keyTaskCompletion', '重点工作完成率', 12, ratio('completionRate'), '完成重点工作数/计划数×12分'),
        ind('dutyQuality', '履职质量达标率', 8, ratio('qualityRate'), '达标事项/完成事项×8分'),
        ind('onTime', '履职及时性', 5, timelinessBands, '按时完成比例分档计分'),
        ind(
          'publicCostControl',
          '公用经费控制率',
          5,
          ratio('costSavingRate'),
          '实际公用经费未超预算得满分，超支按比例扣减',
        ),
      ]),
    ]),
    l1('benefit', 30, [
      l2('effects', '履职效益', 22, [
        ind('socialBenefit', '社会效益', 10, judge, '履职对经济社会发展和公共服务的贡献'),
        ind('economicBenefit', '经济效益', 6, judge, '履职产生的直接或间接经济效益'),
        ind('capacity', '可持续发展能力', 6, judge, '人才队伍、信息化和长效机制建设'),
      ]),
      l2('satisfaction', '满意度', 8, [
        ind('publicSatisfaction', '社会公众及服务对象满意度', 8, survey, '问卷平均满意度×8分'),
      ]),
    ]),
  ],
};
