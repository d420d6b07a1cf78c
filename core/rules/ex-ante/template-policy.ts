import { dimension, point, type ScoringTemplate } from './template-types.ts';

/** Policy variant (政策事前绩效评估评分表): the same five dimensions with policy-specific points. */
export const defaultPolicyTemplate: ScoringTemplate = {
  code: 'policy',
  name: '政策事前绩效评估评分表',
  dimensions: [
    dimension('necessity', 20, [
      point(
        'policyNecessity',
        '政策出台必要性',
        8,
        '针对的问题真实突出、确需以财政政策解决得8分；必要性论证一般得3–5分；不必要得0分',
      ),
      point(
        'upperPolicyFit',
        '与上位政策衔接性',
        6,
        '与上级政策和本地规划衔接一致得6分；存在不一致得2–4分；相互冲突得0分',
      ),
      point(
        'governmentRole',
        '政府介入合理性',
        6,
        '属于市场失灵或公共服务领域得6分；部分可由市场解决得2–4分；应由市场解决得0分',
      ),
    ]),
    dimension('economy', 20, [
      point(
        'fundingScale',
        '资金规模测算',
        8,
        '按受益对象数量和补助标准逐项测算、依据充分得8分；测算粗略得3–5分；无测算得0分',
      ),
      point('subsidyStandard', '补助标准合理性', 6, '补助标准参照同类地区或历史水平且合理得6分；明显偏高或偏低得0–3分'),
      point('costBenefit', '投入产出比较', 6, '对政策成本与预期效益进行量化比较得6分；分析不充分得2–4分；未分析得0分'),
    ]),
    dimension('targets', 20, [
      point('policyGoals', '政策目标明确性', 6, '总体目标和阶段目标清晰、可考核得6分；目标笼统得2–4分'),
      point(
        'measurableIndicators',
        '指标可衡量性',
        7,
        '核心指标量化且有数据来源得7分；量化不足得2–5分；无绩效指标得0分',
      ),
      point('beneficiaries', '受益对象界定', 7, '受益对象、范围和条件界定清晰得7分；界定不清易产生套取风险得0–4分'),
    ]),
    dimension('feasibility', 20, [
      point(
        'implementationRules',
        '实施细则完备性',
        7,
        '申报、审核、拨付、监管流程明确得7分；流程不完整得3–5分；无细则得0分',
      ),
      point('deliveryChannel', '资金拨付路径', 6, '资金直达受益对象或拨付路径清晰可控得6分；环节过多得2–4分'),
      point(
        'sunsetClause',
        '政策期限与退出机制',
        7,
        '明确执行期限、评估调整和退出机制得7分；仅有期限得3分；长期固化无退出得0分',
      ),
    ]),
    dimension('financing', 20, [
      point(
        'fundingSource',
        '资金来源合规性',
        8,
        '资金来源明确且符合预算管理规定得8分；来源不明确得2–5分；违规筹资得0分',
      ),
      point('fiscalCapacity', '财政可承受能力', 6, '中期财政规划可承受、不形成刚性支出压力得6分；存在一定压力得2–4分'),
      point('coordination', '部门协同与配套', 6, '与相关部门政策协同、上级资金配套落实得6分；协同不足得2–4分'),
    ]),
  ],
};
