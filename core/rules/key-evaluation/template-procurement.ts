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

/** Default 政府采购 key-evaluation template: needs and budget, procedure compliance, contract performance. */
export const procurementTemplate: EvaluationTemplate = {
  kind: 'procurement',
  name: '政府采购绩效评价指标体系',
  dimensions: [
    l1('decision', 15, [
      l2('needs', '采购需求', 8, [
        ind('needsStudy', '需求调查与论证', 4, judge, '按规定开展需求调查、明确技术和商务要求得4分'),
        ind('needsCompliance', '需求合规性', 4, deduct(1), '每发现一处指向特定供应商或设置不合理条件扣1分'),
      ]),
      l2('planning', '采购预算与计划', 7, [
        ind('budgetAccuracy', '采购预算编制', 4, judge, '采购预算完整、与资产配置标准相符得4分'),
        ind('intentPublished', '采购意向公开', 3, deduct(1), '每发现一项未按规定公开采购意向扣1分'),
      ]),
    ]),
    l1('process', 25, [
      l2('procedure', '采购程序', 13, [
        ind('methodCompliance', '采购方式合规性', 5, deduct(2), '每发现一项化整为零或擅自改变采购方式扣2分'),
        ind(
          'procedureCompliance',
          '采购程序规范性',
          8,
          deduct(1),
          '公告、评审、定标、质疑处理等环节每发现一处不规范扣1分',
        ),
      ]),
      l2('contract', '合同与资金', 12, [
        ind('contractManagement', '合同签订及时性与规范性', 4, deduct(1), '每发现一份合同超期签订或条款不规范扣1分'),
        ind('budgetExecution', '资金支付率', 4, ratio('budgetExecutionRate'), '已支付/应支付×4分'),
        ind('acceptanceProcedure', '履约验收规范性', 4, deduct(1), '每发现一项未按规定组织验收扣1分'),
      ]),
    ]),
    l1('output', 30, [
      l2('results', '采购结果', 30, [
        ind('completionRate', '采购计划完成率', 10, ratio('completionRate'), '完成项目数/计划项目数×10分'),
        ind('acceptanceRate', '履约验收合格率', 8, ratio('qualityRate'), '验收合格数/验收数×8分'),
        ind('onTime', '采购时效', 6, timelinessBands, '按计划时限完成比例分档计分'),
        ind('savingRate', '资金节约率', 6, ratio('costSavingRate'), '成交金额不超过采购预算得满分，超出按比例扣减'),
      ]),
    ]),
    l1('benefit', 30, [
      l2('policyFunctions', '政策功能', 12, [
        ind(
          'smeShare',
          '中小企业合同份额',
          6,
          bands('%', [
            [40, 100],
            [30, 70],
            [20, 40],
          ]),
          '授予中小企业合同金额占比分档计分',
        ),
        ind('greenProcurement', '绿色采购执行', 6, judge, '节能环保产品优先采购和强制采购执行情况'),
      ]),
      l2('effects', '使用效益', 10, [
        ind('useEfficiency', '采购标的使用效益', 10, judge, '采购货物、工程、服务投入使用后的效果'),
      ]),
      l2('satisfaction', '满意度', 8, [
        ind('userSatisfaction', '采购人及使用者满意度', 8, survey, '问卷平均满意度×8分'),
      ]),
    ]),
  ],
};
