/**
 * Chinese text snippets for demo self-evaluations, reviews, key evaluations, feedback tickets and
 * training sessions. Good texts are specific (40–150 characters); perfunctory ones are the boilerplate
 * that the review's "analysis too short or copied" rule should catch.
 */
import type { FieldCode } from './fields.ts';

export type AnalysisTextKind = 'analysis' | 'deviation' | 'improvement';

export interface AnalysisText {
  kind: AnalysisTextKind;
  /** null when usable in any field. */
  fieldCode: FieldCode | null;
  text: string;
}

/** Specific, well-written 偏差原因分析 / 绩效分析 / 改进措施 texts. */
export const goodAnalysisTexts: AnalysisText[] = [
  {
    kind: 'deviation',
    fieldCode: 'education',
    text: '校舍维修改造面积完成2860平方米，未达到年初目标3000平方米，主要原因是武汉市长春街小学教学楼屋面经检测需整体更换防水层，工程量调整后部分外墙维修顺延至次年寒假实施。',
  },
  {
    kind: 'analysis',
    fieldCode: 'education',
    text: '暑期维修工程于8月25日前全部完工并通过验收，秋季开学前消除教室漏水、外墙空鼓等安全隐患12处，开学后未发生因校舍问题影响正常教学的情况。',
  },
  {
    kind: 'improvement',
    fieldCode: 'education',
    text: '下一年度将在寒假前完成校舍安全排查和维修方案设计，提前开展造价评审和采购，避免暑期施工时间紧张导致工程量压缩。',
  },
  {
    kind: 'deviation',
    fieldCode: 'health',
    text: '“两癌”筛查人数完成7420人，完成率92.75%，原因是二季度筛查机构合同续签延误一个月，期间暂停预约；已于三季度增加周末筛查场次追赶进度。',
  },
  {
    kind: 'analysis',
    fieldCode: 'health',
    text: '通过家庭医生团队上门随访和智能血压计数据回传，高血压患者规范管理率由上年的63.1%提高到66.8%，重点人群签约服务质量有所提升。',
  },
  {
    kind: 'improvement',
    fieldCode: 'health',
    text: '针对设备到货后安装调试滞后的问题，今后在采购合同中明确安装调试时限和违约责任，并由使用科室提前完成场地和电力改造。',
  },
  {
    kind: 'deviation',
    fieldCode: 'socialSecurity',
    text: '低保保障人数较年初目标减少136人，主要是开展动态核查后，部分家庭因就业收入增加按规定退出保障，属于应退尽退的正常变化，不影响救助覆盖率。',
  },
  {
    kind: 'analysis',
    fieldCode: 'socialSecurity',
    text: '全年通过智慧养老平台派单提供上门服务3.2万人次，随机回访服务对象600人次，回访满意率94.5%，服务投诉较上年下降三成。',
  },
  {
    kind: 'improvement',
    fieldCode: 'socialSecurity',
    text: '将每月救助资金发放与民政、人社、医保数据比对同步进行，发放前剔除死亡、服刑等不符合条件人员，防止错发、多发。',
  },
  {
    kind: 'deviation',
    fieldCode: 'housing',
    text: '老旧小区改造年内完工18个，较计划少2个，原因是两个小区管线迁改涉及燃气、电力等多家产权单位，协调时间超出预期，已列入次年一季度完工计划。',
  },
  {
    kind: 'analysis',
    fieldCode: 'housing',
    text: '改造后同步引入专业物业服务的小区有16个，物业管理覆盖率达到88.9%，居民对楼道照明、停车秩序和雨污管网改造的满意度较高。',
  },
  {
    kind: 'improvement',
    fieldCode: 'housing',
    text: '在改造方案设计阶段增加居民意见征询和管线产权单位联合踏勘环节，将管线迁改费用和工期纳入可研测算，减少实施阶段的方案变更。',
  },
  {
    kind: 'deviation',
    fieldCode: 'infrastructure',
    text: '道路维修单位成本为196元/平方米，高于目标值180元/平方米，主要是中山大道部分路段基层损坏严重，由罩面处理改为铣刨重铺，单价相应提高。',
  },
  {
    kind: 'analysis',
    fieldCode: 'infrastructure',
    text: '全年修复道路坑槽、沉陷等病害2100余处，重点路段病害在48小时内修复，主次干道路面完好率保持在96%以上，未发生因路面病害引发的交通事故。',
  },
  {
    kind: 'improvement',
    fieldCode: 'infrastructure',
    text: '建立道路病害巡查台账和修复时限考核机制，对管线单位开挖后的路面恢复实行质保期管理，减少重复开挖和反复维修。',
  },
  {
    kind: 'deviation',
    fieldCode: 'urbanManagement',
    text: '生活垃圾回收利用率为37.6%，未达到40%的目标，主要是部分老旧小区分类投放点改造滞后，厨余垃圾分出量偏低，已纳入次年投放点改造计划。',
  },
  {
    kind: 'analysis',
    fieldCode: 'urbanManagement',
    text: '推行“以克论净”作业考核后，主次干道保洁作业考核达标率由92%提高到96.3%，市级城管考核中环境卫生单项排名较上年前移。',
  },
  {
    kind: 'deviation',
    fieldCode: 'water',
    text: '渍水点改造完成6处，较目标少2处，原因是两处点位需与地铁施工围挡协调管线接驳，施工窗口推迟，汛期前采取了临时强排措施保障排水。',
  },
  {
    kind: 'analysis',
    fieldCode: 'water',
    text: '汛前完成重点管网清疏312公里、雨水口清掏1.8万座，主汛期遭遇多轮强降雨，主要道路未出现长时间渍水，泵站设备完好率保持在98%以上。',
  },
  {
    kind: 'improvement',
    fieldCode: 'water',
    text: '将管网清疏作业纳入CCTV检测复核，按抽检合格率结算服务费用，避免“只清井口、不清管道”的情况，提高清疏质量。',
  },
  {
    kind: 'analysis',
    fieldCode: 'ecology',
    text: '新建口袋公园5个，新增绿化面积1.2万平方米，新植苗木经养护期后成活率97%，周边居民步行5分钟即可到达休憩场所。',
  },
  {
    kind: 'deviation',
    fieldCode: 'culture',
    text: '公益性文化活动完成268场，未达到300场目标，原因是夏季高温期间按要求暂停户外演出，部分活动调整为线上直播，线上观看人次不计入场次。',
  },
  {
    kind: 'analysis',
    fieldCode: 'culture',
    text: '区图书馆全年新增馆藏图书2.1万册，开展阅读推广活动86场，年接待读者较上年增长12%，少儿借阅量增长明显。',
  },
  {
    kind: 'deviation',
    fieldCode: 'industry',
    text: '新增高新技术企业32家，未完成40家的目标，主要是部分培育企业研发费用占比未达到认定标准，已建立后备企业库并安排专人一对一辅导。',
  },
  {
    kind: 'improvement',
    fieldCode: 'industry',
    text: '扶持资金由企业申报改为“免申即享”，通过税务、市场监管数据自动比对符合条件企业，缩短兑付周期，同时加强兑付后的绩效跟踪。',
  },
  {
    kind: 'analysis',
    fieldCode: 'safety',
    text: '全年检查生产经营单位860家次，发现一般隐患1530项、重大隐患3项，均已整改销号，辖区未发生较大及以上生产安全事故。',
  },
  {
    kind: 'deviation',
    fieldCode: 'governance',
    text: '社区惠民资金项目实施198个，略低于目标，原因是2个社区议事协商未就项目内容达成一致，资金结转至次年，经居民代表会议重新确定后实施。',
  },
  {
    kind: 'analysis',
    fieldCode: 'governance',
    text: '12345热线工单按期办结率96.2%，诉求解决率91.5%，通过网格员主动上门回访，重复投诉工单数量较上年下降18%。',
  },
  {
    kind: 'deviation',
    fieldCode: null,
    text: '预算执行率为87.3%，主要原因是政府采购项目合同约定按进度付款，尾款20%需在质保期满后支付，形成年末结余，不属于资金闲置。',
  },
  {
    kind: 'improvement',
    fieldCode: null,
    text: '今后编制绩效目标时参照近三年实际完成值和行业标准测算指标值，满意度指标通过第三方问卷调查取得，并将问卷样本和统计表作为佐证资料上传。',
  },
];

/** Perfunctory boilerplate (流于形式) that the review should flag. */
export const perfunctoryTexts: string[] = [
  '按计划完成各项任务，效果良好。',
  '项目实施顺利，达到预期目标。',
  '无偏差。',
  '资金使用规范，社会效益明显。',
  '各项指标均已完成，群众满意。',
  '严格按照相关规定执行，未发现问题。',
  '下一步将继续加强管理，提高资金使用效益。',
  '已完成。',
  '进一步加强项目管理，确保项目顺利实施。',
  '项目绩效目标全部实现，取得了较好的经济效益和社会效益。',
];

export type ReviewAreaCode = 'executionGradeMatch' | 'indicatorScience' | 'evidenceSufficiency';

export const reviewAreas: { code: ReviewAreaCode; name: string }[] = [
  { code: 'executionGradeMatch', name: '预算执行与绩效等级匹配度' },
  { code: 'indicatorScience', name: '指标设置科学性' },
  { code: 'evidenceSufficiency', name: '评价依据充分性' },
];

/** Reviewer suggestions to units, grouped by the seed's three review areas. */
export const reviewerSuggestions: Record<ReviewAreaCode, string[]> = {
  executionGradeMatch: [
    '项目预算执行率仅为68%，自评等级为“优”，与资金使用实际不匹配，请按评分规则重新计算预算执行得分并调整自评等级。',
    '“校舍维修改造面积”实际完成值低于年度指标值，但自评给予满分，请按实际完成比例计算得分。',
    '自评总分高于按规则计算的得分4.5分，请核实各指标得分依据，按系统规则分重新填报。',
    '单位全部项目自评均为100分，未反映执行中存在的偏差，请如实评价并分析未完成事项原因。',
    '项目年中收回预算资金后仍以年初预算数计算执行率，请以调整后全年预算数为基数重新计算。',
    '定性指标自评为“达成”并给予满分，但偏差说明中提到部分任务未完成，请按“部分达成”档次评分。',
    '成本指标实际值超过目标值约30%，自评未扣分，请按“≤”型指标评分规则扣减相应分值。',
    '绩效目标中有3项产出指标未完成，综合得分仍在90分以上，请复核加权计算过程。',
    '项目资金大部分于12月集中支付，请在自评报告中说明前三季度执行进度偏慢的原因及对绩效的影响。',
    '资金结转率较高但自评未说明结转原因和后续安排，请补充说明并据实评价预算执行情况。',
  ],
  indicatorScience: [
    '产出指标仅设置“完成项目”一项，过于笼统，建议细化为维修面积、完工学校数等可量化的数量指标。',
    '效益指标缺失，无法反映项目实施成效，建议增设“校舍安全隐患消除率”等社会效益指标。',
    '绩效指标以定性表述为主，定量指标占比不足60%，建议补充可衡量的数量、质量和时效指标。',
    '成本指标“单位维修成本”设置为“≥”，方向错误，应设置为“≤”以体现成本控制要求。',
    '“群众知晓率”与项目核心内容关联度不高，建议替换为反映服务对象受益情况的指标。',
    '指标值“≥95%”低于上年实际完成值98.6%，目标设置偏低，建议参照历史完成值合理提高。',
    '产出指标与效益指标内容重复，“道路维修面积”同时出现在两个层级，建议效益指标改为路面完好率等结果性指标。',
    '三级指标“资金使用合规”归入“数量指标”不妥，建议归入质量指标或作为共性指标单独设置。',
    '满意度指标未明确调查对象，建议明确为“救助对象满意度”并说明调查方式。',
    '项目为政府购买服务，建议增设“服务质量考核达标率”等反映承接主体履约情况的指标。',
  ],
  evidenceSufficiency: [
    '满意度指标实际值为96%，但未提供问卷样本、统计表等调查资料，请补充上传调查佐证材料。',
    '偏差原因分析仅填写“无偏差”，与指标未完成的实际情况不符，请逐项说明未完成原因及改进措施。',
    '自评报告中的问题和改进措施与上年报告内容基本一致，请结合本年度实际情况重新分析。',
    '“工程验收合格率”未附竣工验收报告，请补充验收资料或第三方检测报告。',
    '数量指标实际完成值缺少台账或统计报表支撑，请补充分月完成台账。',
    '自评结论表述过于简单，仅一句“效果良好”，请从产出、效益两方面具体说明目标完成情况。',
    '补助发放类指标未提供发放名册和银行回单，无法核实发放准确率，请补充。',
    '项目绩效分析与另一单位同类项目文字高度雷同，请结合本单位实际重新撰写。',
    '佐证材料中的统计口径与指标解释不一致，请说明统计口径或按指标解释重新统计。',
    '效益指标实际值引用的是全区统计数据，未说明本项目的贡献，建议补充项目受益范围内的监测数据。',
  ],
};

export type KeyEvaluationType =
  | 'project'
  | 'departmentOverall'
  | 'policy'
  | 'procurement'
  | 'purchasedService'
  | 'debt';

export interface KeyEvaluationFinding {
  evaluationType: KeyEvaluationType;
  problem: string;
  suggestion: string;
}

/** Typical findings of 重点绩效评价 with the agency's suggestions. */
export const keyEvaluationFindings: KeyEvaluationFinding[] = [
  {
    evaluationType: 'departmentOverall',
    problem: '部门整体绩效目标与年度工作计划衔接不紧，部分核心职能未设置绩效指标。',
    suggestion: '以部门“三定”职责和年度重点任务为基础编制整体绩效目标，核心职能全部纳入指标体系。',
  },
  {
    evaluationType: 'departmentOverall',
    problem: '内部控制制度不健全，项目立项、验收和资金支付缺少分级审批记录。',
    suggestion: '完善内部控制手册，明确各环节审批权限，关键节点留痕并定期开展内控自查。',
  },
  {
    evaluationType: 'departmentOverall',
    problem: '部门预算执行进度前低后高，四季度支出占全年支出比重超过45%。',
    suggestion: '细化项目实施计划和分月用款计划，对进度滞后项目及时调整预算。',
  },
  {
    evaluationType: 'procurement',
    problem: '部分货物采购需求论证不充分，技术参数指向特定品牌，影响公平竞争。',
    suggestion: '加强采购需求调查和论证，技术参数经专家审核后公开征求意见。',
  },
  {
    evaluationType: 'procurement',
    problem: '采购合同履约验收流于形式，验收报告未逐项核对技术参数。',
    suggestion: '建立履约验收清单，必要时邀请专业机构参与验收，验收结果与付款挂钩。',
  },
  {
    evaluationType: 'procurement',
    problem: '同一品目年内多次小额采购，存在化整为零规避公开招标的风险。',
    suggestion: '编制年度采购计划，同类需求合并实施，达到限额标准的依法公开招标。',
  },
  {
    evaluationType: 'purchasedService',
    problem: '政府购买服务合同未约定绩效考核指标，服务费用按月固定支付，与服务质量脱钩。',
    suggestion: '在合同中明确服务标准和考核办法，按考核结果分档支付服务费用。',
  },
  {
    evaluationType: 'purchasedService',
    problem: '承接主体服务台账记录不完整，上门服务工时和内容无法核实。',
    suggestion: '推行服务工单线上派发和定位打卡，建立服务过程抽查回访机制。',
  },
  {
    evaluationType: 'purchasedService',
    problem: '将本应由机关履行的行政管理事项纳入购买服务范围。',
    suggestion: '对照政府购买服务指导性目录清理购买内容，不得将行政管理性事务交由社会力量承担。',
  },
  {
    evaluationType: 'debt',
    problem: '专项债券项目实际收益低于实施方案预测，项目收益与融资平衡测算偏乐观。',
    suggestion: '对专项债项目收益进行动态测算，落实偿债资金来源，必要时调整还款计划。',
  },
  {
    evaluationType: 'debt',
    problem: '债券资金到位后未及时形成支出，资金闲置时间超过6个月。',
    suggestion: '严格落实“资金跟着项目走”，对支出进度慢的债券资金按程序调整用途。',
  },
  {
    evaluationType: 'debt',
    problem: '债券项目建成后资产未及时办理竣工决算和资产移交，运营管理主体不明确。',
    suggestion: '加快竣工决算和资产移交，明确运营主体和管护责任，确保形成有效资产。',
  },
  {
    evaluationType: 'project',
    problem: '项目绩效目标设置偏低，多项指标年初目标低于上年实际完成值。',
    suggestion: '参照历史完成值和行业标准科学设定目标值，体现绩效改进要求。',
  },
  {
    evaluationType: 'project',
    problem: '项目建成后缺少运营维护经费安排和管护责任主体，设施使用率不高。',
    suggestion: '在项目立项时同步明确后续运维主体和经费来源，建立长效管护机制。',
  },
  {
    evaluationType: 'policy',
    problem: '补贴政策执行多年未开展评估，补贴标准未随实际情况调整，部分对象重复享受。',
    suggestion: '建立政策定期评估和退出机制，加强部门间数据比对，防止重复享受。',
  },
];

export interface FeedbackQuestion {
  topic: string;
  question: string;
  answer: string;
}

/** 难点堵点 questions from units with the bureau's answers (published as FAQ). */
export const feedbackQuestions: FeedbackQuestion[] = [
  {
    topic: '绩效目标',
    question: '日常运转类项目难以设置量化指标，只能写“保障单位正常运转”，怎么办？',
    answer:
      '可从服务对象数量、保障时长、故障响应时间、单位成本等角度设置，如“设备正常运行率≥98%”“办公经费人均成本≤X元”。',
  },
  {
    topic: '绩效目标',
    question: '效益指标和产出指标经常分不清，例如“维修道路5公里”算哪一类？',
    answer: '“维修道路5公里”是产出数量指标；效益指标应反映产出带来的变化，如“主次干道路面完好率≥95%”“通行时间缩短”。',
  },
  {
    topic: '绩效目标',
    question: '指标值应以什么为依据确定？能否直接沿用上年指标值？',
    answer: '应综合计划标准、行业标准和历史完成值确定。上年实际已明显超过指标值的，不宜直接沿用，应合理提高目标。',
  },
  {
    topic: '绩效目标',
    question: '成本指标应该怎样设置？必须有吗？',
    answer: '2026年起项目绩效目标原则上应设置成本指标，如单位面积造价、人均补助成本，符号用“≤”，体现成本控制。',
  },
  {
    topic: '事前评估',
    question: '哪些项目需要开展事前绩效评估？评估报告由谁出具？',
    answer: '新增重大项目和政策需开展评估，100万元以上由主管部门组织，500万元以上由财政部门组织专家或第三方评估。',
  },
  {
    topic: '运行监控',
    question: '监控时“完成可能性”选“有可能”是否也要填写偏差原因？',
    answer: '需要。凡完成可能性不是“确定能”的，都应填写偏差原因并说明拟采取的纠偏措施。',
  },
  {
    topic: '运行监控',
    question: '项目按合同年底一次性付款，前三季度执行率低会被预警吗？',
    answer: '系统按序时进度预警。请在监控表中说明合同付款节点并上传合同，财政审核后可标注为合理原因。',
  },
  {
    topic: '运行监控',
    question: '被收回的预算资金还能申请追加吗？',
    answer: '收回资金统筹用于急需领域。确因工作需要的，可在次年预算编制时重新申报，并说明上年执行偏慢原因。',
  },
  {
    topic: '绩效自评',
    question: '满意度指标没有条件组织问卷调查，能否按“无投诉”计满分？',
    answer: '不可以。可采用线上问卷、回访电话等低成本方式，样本量一般不少于服务对象的5%或100份，并留存调查资料。',
  },
  {
    topic: '绩效自评',
    question: '定性指标如何评分？',
    answer: '按达成、部分达成、未达成三档评分，分别对应该指标分值的80%–100%、60%–80%、60%以下，并附支撑材料。',
  },
  {
    topic: '绩效自评',
    question: '预算执行率按年初预算还是调整后预算计算？',
    answer: '按全年预算数（即调整后预算）计算，年中追加、收回均应计入，执行数以国库支付数为准。',
  },
  {
    topic: '绩效自评',
    question: '指标超额完成很多，是好事还是会被扣分？',
    answer: '不扣分，但实际值超过目标值30%以上的会被标注为目标设置偏低，次年申报时应合理调整。',
  },
  {
    topic: '自评复核',
    question: '自评被退回整改后，需要在多长时间内重新提交？',
    answer: '一般在反馈意见下达后15个工作日内完成整改并重新提交，逾期未整改的纳入整改督办清单。',
  },
  {
    topic: '结果应用',
    question: '自评结果为“中”会对下年度预算产生什么影响？',
    answer: '按结果应用办法，评价结果为“中”的项目下年度预算原则上按一定比例压减，并须提交整改报告。',
  },
  {
    topic: '系统操作',
    question: '同一项目由多个单位共同实施，绩效目标由谁申报？',
    answer: '由项目资金主管单位统一申报，各实施单位分解任务并在监控和自评时分别提供完成情况和佐证资料。',
  },
];

export interface TrainingTopic {
  title: string;
  mode: 'online' | 'offline';
  audience: string;
  outline: string[];
}

/** The three 2025 training sessions (政策宣讲). */
export const trainingTopics: TrainingTopic[] = [
  {
    title: '全过程预算绩效管理政策解读及制度体系宣讲',
    mode: 'online',
    audience: '各主管部门分管领导、财务负责人及预算单位财务人员',
    outline: [
      '全面实施预算绩效管理最新政策要求',
      '江岸区预算绩效管理制度体系介绍',
      '事前评估、运行监控、自评和结果应用各环节职责',
    ],
  },
  {
    title: '绩效目标编制与分行业分领域指标体系应用辅导',
    mode: 'offline',
    audience: '各预算单位项目负责人及绩效管理人员',
    outline: ['绩效目标编制常见问题', '12个重点领域核心指标和标准使用方法', '定量指标和成本指标设置实例演练'],
  },
  {
    title: '绩效自评质量提升及自评复核问题点对点辅导',
    mode: 'offline',
    audience: '自评复核中反馈问题较多的预算单位',
    outline: ['自评复核发现的典型问题', '自评评分规则和佐证资料要求', '偏差原因分析和改进措施撰写要点'],
  },
];
