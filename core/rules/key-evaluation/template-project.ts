import { standardDecision, standardProcess } from './template-common.ts';
import { type EvaluationTemplate, ind, judge, l1, l2, ratio, survey, timelinessBands } from './template-types.ts';

/** Default 项目支出 key-evaluation template (决策15 / 过程25 / 产出30 / 效益30). */
export const projectTemplate: EvaluationTemplate = {
  kind: 'project',
  name: '项目支出绩效评价指标体系',
  dimensions: [
    standardDecision(),
    standardProcess(),
    l1('output', 30, [
      l2('quantity', '产出数量', 10, [
        ind('completionRate', '实际完成率', 10, ratio('completionRate'), '实际完成率×10分，最高10分'),
      ]),
      l2('quality', '产出质量', 8, [ind('qualityRate', '质量达标率', 8, ratio('qualityRate'), '质量达标率×8分')]),
      l2('timeliness', '产出时效', 6, [
        ind('onTime', '完成及时性', 6, timelinessBands, '按时完成比例100%得满分，≥90%得80%，≥80%得60%，低于80%不得分'),
      ]),
      l2('cost', '产出成本', 6, [
        ind('costSaving', '成本节约率', 6, ratio('costSavingRate'), '未超计划成本得满分；超支按超支比例扣减'),
      ]),
    ]),
    l1('benefit', 30, [
      l2('effects', '项目效益', 22, [
        ind('economicBenefit', '经济效益', 6, judge, '对照绩效目标评价直接或间接经济效益的实现程度'),
        ind('socialBenefit', '社会效益', 8, judge, '对照绩效目标评价社会发展、公共服务改善等效益的实现程度'),
        ind('ecoBenefit', '生态效益', 4, judge, '评价对生态环境的影响；无相关内容的按达成计分并说明'),
        ind('sustainability', '可持续影响', 4, judge, '长效管理机制建立、后续运行保障情况'),
      ]),
      l2('satisfaction', '满意度', 8, [
        ind('beneficiarySatisfaction', '服务对象满意度', 8, survey, '问卷平均满意度×8分'),
      ]),
    ]),
  ],
};
