import { dimension, point, type ScoringTemplate } from './template-types.ts';

/** Default scoring template for new projects (项目事前绩效评估评分表): five dimensions, 20 points each. */
export const defaultProjectTemplate: ScoringTemplate = {
  code: 'project',
  name: '项目事前绩效评估评分表',
  dimensions: [
    dimension('necessity', 20, [
      point(
        'policyBasis',
        '政策依据充分性',
        6,
        '符合国家、省、市及本区政策和发展规划，依据文件明确得6分；依据不够充分得2–4分；无依据得0分',
      ),
      point(
        'demandUrgency',
        '现实需求迫切性',
        6,
        '需求经调研且有数据支撑、问题真实紧迫得6分；论证一般得3–4分；需求不明确得0–2分',
      ),
      point(
        'dutyMatch',
        '职能相关性',
        4,
        '与申报单位职能相符且属于政府支出范围得4分；部分相符得2分；属市场可调节领域得0分',
      ),
      point('nonDuplication', '非重复性', 4, '与已有项目、政策无交叉重复得4分；部分重叠得2分；明显重复得0分'),
    ]),
    dimension('economy', 20, [
      point(
        'costBasis',
        '成本测算依据',
        8,
        '按定额标准、市场询价或历史成本逐项测算且依据充分得8分；部分明细缺依据得3–5分；无测算明细得0分',
      ),
      point(
        'costLevel',
        '投入规模合理性',
        6,
        '单位产出成本不高于行业标准或历史水平得6分；高出10%以内得3–5分；明显偏高得0–2分',
      ),
      point(
        'costBenefit',
        '成本效益分析',
        6,
        '对投入与可量化效益进行比较且优于替代方案得6分；分析不充分得2–4分；未开展分析得0分',
      ),
    ]),
    dimension('targets', 20, [
      point(
        'targetClarity',
        '绩效目标明确性',
        6,
        '目标与项目内容、资金规模相匹配且表述清晰得6分；基本匹配得3–4分；目标模糊得0–2分',
      ),
      point(
        'indicatorCompleteness',
        '指标完整性',
        7,
        '产出、效益、满意度指标齐全且核心指标量化得7分；缺少效益指标或量化不足得2–5分',
      ),
      point(
        'targetLevel',
        '目标值合理性',
        7,
        '目标值依据计划、行业或历史标准设定且具有挑战性得7分；偏低或缺乏依据得2–5分',
      ),
    ]),
    dimension('feasibility', 20, [
      point(
        'planCompleteness',
        '实施方案完整性',
        7,
        '实施内容、进度安排、责任分工清晰完整得7分；部分缺失得3–5分；无实施方案得0分',
      ),
      point('organisation', '组织与制度保障', 6, '组织机构健全、管理制度和资金管理办法完备得6分；部分缺失得2–4分'),
      point(
        'riskControl',
        '风险识别与应对',
        7,
        '识别主要实施风险并有可行应对措施得7分；识别不全面得3–5分；未识别风险得0分',
      ),
    ]),
    dimension('financing', 20, [
      point(
        'fundingSource',
        '资金来源合规性',
        8,
        '资金来源明确、符合预算管理规定、无违规举债得8分；来源不够明确得3–5分；存在违规得0分',
      ),
      point(
        'supportMode',
        '财政支持方式合理性',
        6,
        '属于财政应支持领域且支持方式（补助、贴息、购买服务等）恰当得6分；不够恰当得2–4分',
      ),
      point(
        'coFunding',
        '多元筹资与配套',
        6,
        '已落实自筹或社会资本等配套资金、分担比例合理得6分；配套未落实得2–4分；全部依赖财政且不合理得0分',
      ),
    ]),
  ],
};
