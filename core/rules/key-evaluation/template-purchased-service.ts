import { standardProcess } from './template-common.ts';
import {
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

/** Default 政府购买服务 key-evaluation template: catalogue compliance, provider selection, service delivery. */
export const purchasedServiceTemplate: EvaluationTemplate = {
  kind: 'purchasedService',
  name: '政府购买服务绩效评价指标体系',
  dimensions: [
    l1('decision', 15, [
      l2('scope', '购买内容', 7, [
        ind('catalogueCompliance', '指导性目录符合性', 4, deduct(2), '每发现一项购买目录外事项或购买禁止事项扣2分'),
        ind('needsBasis', '购买必要性', 3, judge, '属于适合由社会力量承担的公共服务且需求明确得3分'),
      ]),
      l2('provider', '承接主体', 8, [
        ind('providerSelection', '承接主体选择规范性', 4, deduct(1), '每发现一处未按规定方式择优确定承接主体扣1分'),
        ind('serviceStandard', '服务标准与价格', 4, judge, '服务内容、标准、价格明确并有测算依据得4分'),
      ]),
    ]),
    standardProcess(),
    l1('output', 30, [
      l2('delivery', '服务提供', 30, [
        ind('serviceCompletion', '服务数量完成率', 10, ratio('completionRate'), '实际服务量/合同约定服务量×10分'),
        ind('serviceQuality', '服务质量达标率', 10, ratio('qualityRate'), '考核达标服务量/实际服务量×10分'),
        ind('onTime', '服务及时性', 5, timelinessBands, '按合同时限提供服务比例分档计分'),
        ind('costSaving', '成本控制', 5, ratio('costSavingRate'), '实际支付不超过合同价得满分，超出按比例扣减'),
      ]),
    ]),
    l1('benefit', 30, [
      l2('effects', '服务效益', 20, [
        ind('publicServiceImprovement', '公共服务改善', 12, judge, '服务覆盖面、可及性和质量的改善程度'),
        ind('sustainability', '可持续性', 8, judge, '承接主体能力建设和服务长效机制'),
      ]),
      l2('satisfaction', '满意度', 10, [
        ind('recipientSatisfaction', '服务对象满意度', 10, survey, '问卷平均满意度×10分'),
      ]),
    ]),
  ],
};
