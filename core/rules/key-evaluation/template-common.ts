import { deduct, type EvaluationLevel1, ind, judge, l1, l2, ratio } from './template-types.ts';

/** 决策 (15) shared by project-like templates: 立项, 绩效目标, 资金投入. */
export function standardDecision(): EvaluationLevel1 {
  return l1('decision', 15, [
    l2('approval', '项目立项', 6, [
      ind(
        'approvalBasis',
        '立项依据充分性',
        3,
        judge,
        '符合法律法规、政策和发展规划并与部门职责相符得3分；每发现一项不符扣1分',
      ),
      ind(
        'approvalProcedure',
        '立项程序规范性',
        3,
        deduct(1),
        '按规定程序申请审批并经事前评估或集体决策；每发现一处不规范扣1分',
      ),
    ]),
    l2('targets', '绩效目标', 5, [
      ind(
        'targetReasonableness',
        '绩效目标合理性',
        3,
        judge,
        '目标与实际工作内容相关、预期产出和效果符合正常业绩水平得3分，否则酌情扣分',
      ),
      ind('targetClarity', '绩效指标明确性', 2, judge, '目标细化分解为清晰、可衡量的指标得2分，否则酌情扣分'),
    ]),
    l2('funding', '资金投入', 4, [
      ind('budgetPreparation', '预算编制科学性', 2, judge, '预算经科学论证、内容与项目匹配、测算依据充分得2分'),
      ind('allocation', '资金分配合理性', 2, judge, '分配依据充分、额度与项目单位实际相适应得2分'),
    ]),
  ]);
}

/** 过程 (25) shared by project-like templates: 资金管理, 组织实施. */
export function standardProcess(): EvaluationLevel1 {
  return l1('process', 25, [
    l2('fundManagement', '资金管理', 15, [
      ind('fundsInPlace', '资金到位率', 4, ratio('fundsInPlaceRate'), '资金到位率×4分，最高4分'),
      ind('budgetExecution', '预算执行率', 6, ratio('budgetExecutionRate'), '预算执行率×6分，最高6分'),
      ind(
        'fundCompliance',
        '资金使用合规性',
        5,
        deduct(1),
        '资金使用符合财经制度和资金管理办法；每发现一处违规扣1分，扣完为止',
      ),
    ]),
    l2('organisation', '组织实施', 10, [
      ind('rulesInPlace', '管理制度健全性', 4, judge, '已制定业务和财务管理制度且合法、合规、完整得4分，否则酌情扣分'),
      ind(
        'rulesApplied',
        '制度执行有效性',
        6,
        deduct(1.5),
        '按制度执行、资料齐全并及时归档；每发现一处问题扣1.5分，扣完为止',
      ),
    ]),
  ]);
}
