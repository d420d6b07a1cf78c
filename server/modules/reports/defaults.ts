/** Kind of a report block: section title, sub-section title or body paragraph. */
export type BlockKind = 'title' | 'h1' | 'h2' | 'p';

/**
 * The default narrative of the annual report (the customer's 2025 text), with {placeholders} where the
 * figures go. Finance edits these per year; the stored copy overrides the default paragraph by key.
 */
export const DEFAULT_BLOCKS: { key: string; kind: BlockKind; text: string }[] = [
  { key: 'title', kind: 'title', text: '{regionName}{year}年预算绩效工作开展情况说明' },
  {
    key: 'intro',
    kind: 'p',
    text: '{year}年，我区紧紧围绕中央、省、市决策部署，以“全方位、全过程、全覆盖”为核向导向，构建“政策引领、流程闭环、结果导向、创新驱动”的管理体系，实现了制度体系更健全、评价实施更规范、结果应用更充分、整改提升更扎实的工作成果，为促进经济社会高质量发展做出积极贡献。现将主要工作情况说明如下：',
  },
  { key: 's1.title', kind: 'h1', text: '一、健全制度体系，夯实管理根基' },
  {
    key: 's1.body',
    kind: 'p',
    text: '对标中央、省、市最新政策精神，我区修订完善了涵盖绩效目标管理、运行监控、评价应用等全环节的工作指引与操作细则，全年印发制度文件{policyDocuments}件。通过线上专题解读、线下点对点辅导相结合的方式，全年开展政策宣讲{trainingSessions}场，覆盖{trainingUnitsApprox}个预算单位，推动制度规范落地见效。建立制度执行跟踪反馈机制，定期收集解决各单位难点堵点问题{feedbackTickets}个，动态优化管理流程，明确各环节责任主体、工作标准与时间节点，确保预算绩效管理全程有章可依、规范有序。',
  },
  { key: 's2.title', kind: 'h1', text: '二、构建全流程绩效管控体系，提升实施质效' },
  {
    key: 's2.intro',
    kind: 'p',
    text: '以全流程管控为核心，扎实推进事前评估、绩效自评、事中监控、重点评价等各环节工作，形成闭环管理，全面提升预算绩效管理的科学性与实效性。',
  },
  { key: 's2.1.title', kind: 'h2', text: '（一）严把事前评估，优化资金配置' },
  {
    key: 's2.1.body',
    kind: 'p',
    text: '将事前绩效评估作为项目入库和预算安排的前置刚性环节，推动预算与绩效管理深度融合。组织由财政业务骨干、行业专家组成的专业力量，着重成本效益分析，要求项目单位精准测算投入、充分论证效益。针对成本偏高、效益不明的项目，采取压减预算或优化方案的措施。{year}年对{exAnteProjects}个重点预算项目开展事前绩效评估，累计核减{exAnteCutWan}万元，充分发挥事前评估“防火墙”作用，保障财政资金精准配置。',
  },
  { key: 's2.2.title', kind: 'h2', text: '（二）深化自评复核，筑牢绩效评价质量根基' },
  {
    key: 's2.2.body',
    kind: 'p',
    text: '为避免自评流于形式，强化结果刚性约束，我区组建自评复核小组，选取部分预算单位的自评表及自评报告进行重点复核。复核工作聚焦“预算执行与绩效等级匹配度”“指标设置科学性”“评价依据充分性”三大核心要点，对突出问题进行精准识别、靶向画像。本次抽查共向{reviewUnits}家预算单位针对性反馈改进建议{reviewSuggestions}条，对{reviewReturnedUnits}家单位问题突出的自评结果坚决予以退回整改，并建立“清单化管理+全过程跟踪”机制，实时督导整改进度，确保问题整改落地见效。',
  },
  { key: 's2.3.title', kind: 'h2', text: '（三）强化事中监控，防控资金闲置浪费' },
  {
    key: 's2.3.body',
    kind: 'p',
    text: '强化预算执行过程管控，对{year}年{monitoredProjects}个预算项目开展{monitoringRounds}轮绩效目标实现程度和预算执行进度“双监控”。同时选取部分重点项目开展跟踪监控，对发现的问题及时预警并督促整改。对资金使用效率偏低、执行偏差较大的项目，按程序收回部分预算资金，累计收回{recoveryWan}万元，有效防控资金闲置与浪费。',
  },
  { key: 's2.4.title', kind: 'h2', text: '（四）开展重点绩效评价，优化资金配置效能' },
  {
    key: 's2.4.body',
    kind: 'p',
    text: '遵循“执行完毕即行评价”的原则，我区聚焦覆盖范围广、社会关注度高、实施周期长的核心领域与重大工程项目，扎实推进财政重点绩效评价工作。{year}年开展财政重点绩效评价项目{keyEvaluations}个，评价类型涉及{keyEvaluationKinds}共{keyEvaluationKindCount}个类型，评价覆盖{keyEvaluationBudgetTypes}。',
  },
  { key: 's3.title', kind: 'h1', text: '三、优化指标体系，增强评价科学性' },
  {
    key: 's3.body',
    kind: 'p',
    text: '采取“部门主导、财政协同”模式，结合部门核心职能与年度重点任务，系统构建分行业、分领域、分层级的核心绩效指标和标准体系。指标体系覆盖了民生保障、基础设施、教育医疗等{indicatorFields}个重点领域，共{indicatorCount}项指标，全面应用于{nextYear}年预算绩效申报工作，为绩效目标设定、审核与评价提供统一标尺。',
  },
  { key: 's4.title', kind: 'h1', text: '四、深化结果应用，强化激励约束' },
  {
    key: 's4.body',
    kind: 'p',
    text: '将绩效评估、评价结果与部门预算安排直接挂钩，优化资金配置结构，压缩低效无效支出，依据评价结果调减下年度预算{resultsCutWan}万元，对成效显著的项目给予足额保障。健全第三方机构考评机制，将考评结果与服务费用挂钩，推动第三方机构提升工作质量。同时，建立问题整改清单化管理与销号机制，推动评价结果向管理提升转化。',
  },
  { key: 's5.title', kind: 'h1', text: '五、夯实整改成效，补齐管理短板' },
  {
    key: 's5.body',
    kind: 'p',
    text: '针对评价和复核指出的问题，全年下达整改事项{rectificationTotal}项，已整改销号{rectificationClosed}项。推动相关单位完善核心管理制度、优化关键业务流程，聚焦绩效指标粗放等突出问题，通过细化指标维度、补充量化标准，切实解决“定性多、定量难”的问题，全面夯实预算绩效管理基础。',
  },
  {
    key: 'outlook',
    kind: 'p',
    text: '下一步，我区将持续深化预算与绩效管理深度融合，不断完善全链条管理机制、优化指标体系、强化结果应用，推动预算绩效管理向纵深发展，切实提升财政资金使用效益与管理效能，为区域经济社会高质量发展提供坚实保障。',
  },
];
