import { dimension, point, type ScoringTemplate } from './template-types.ts';

/** Special-bond variant (专项债券项目事前绩效评估评分表): public-welfare, maturity and revenue–financing balance. */
export const defaultSpecialBondTemplate: ScoringTemplate = {
  code: 'specialBond',
  name: '专项债券项目事前绩效评估评分表',
  dimensions: [
    dimension('necessity', 20, [
      point(
        'publicWelfare',
        '公益性',
        8,
        '属于专项债券支持的有一定收益的公益性资本支出领域得8分；公益性不足得2–4分；属负面清单得0分',
      ),
      point('policyBasis', '政策与规划依据', 6, '纳入国家、省级重大项目或本地发展规划得6分；依据不充分得2–4分'),
      point('demandUrgency', '建设需求迫切性', 6, '现有设施不足、需求紧迫且有数据支撑得6分；需求论证一般得2–4分'),
    ]),
    dimension('economy', 20, [
      point(
        'investmentEstimate',
        '投资估算合理性',
        8,
        '投资估算按定额和市场价编制、经第三方评审得8分；部分缺依据得3–5分；无估算得0分',
      ),
      point(
        'unitCost',
        '单位造价水平',
        6,
        '单位造价不高于同类项目或行业标准得6分；高出10%以内得3–5分；明显偏高得0–2分',
      ),
      point('lifecycleCost', '全生命周期成本', 6, '测算建设期和运营期成本并与收益比较得6分；仅测算建设成本得2–4分'),
    ]),
    dimension('targets', 20, [
      point('targetClarity', '绩效目标明确性', 6, '建设内容、工期、运营目标清晰得6分；目标笼统得2–4分'),
      point(
        'revenueTargets',
        '收益目标合理性',
        7,
        '收费标准、使用量等收益指标有依据且可实现得7分；收益预测偏乐观得2–5分',
      ),
      point('benefitTargets', '效益指标完整性', 7, '经济、社会、生态效益指标齐全且量化得7分；缺项或量化不足得2–5分'),
    ]),
    dimension('feasibility', 20, [
      point(
        'preliminaryWork',
        '前期工作成熟度',
        7,
        '立项、用地、规划、环评等手续齐全、具备开工条件得7分；部分手续未完成得2–5分',
      ),
      point('constructionPlan', '建设与运营方案', 6, '建设进度、运营主体和管理模式明确得6分；部分不明确得2–4分'),
      point(
        'riskControl',
        '风险识别与应对',
        7,
        '识别建设、运营、收益风险并有应对措施得7分；识别不全面得3–5分；未识别得0分',
      ),
    ]),
    dimension('financing', 20, [
      point(
        'revenueBalance',
        '收益与融资自求平衡',
        8,
        '项目收益对债券本息覆盖倍数不低于1.1倍得8分；1.0–1.1倍得4分；低于1.0倍得0分',
      ),
      point(
        'repaymentSource',
        '偿债资金来源',
        6,
        '偿债来源为项目对应政府性基金收入或专项收入且可靠得6分；不够可靠得2–4分',
      ),
      point(
        'capitalCompliance',
        '资本金与资金用途合规性',
        6,
        '资本金比例和用途符合规定、不用于经常性支出得6分；存在不规范得0–3分',
      ),
    ]),
  ],
};
