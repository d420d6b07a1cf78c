/** Demo problems for the sources no other seeder raises (target review, audit), in the seed report's words. */
export const targetReviewProblems: { problem: string; requirement: string }[] = [
  {
    problem: '绩效指标设置粗放，产出指标多为定性表述，缺少可衡量的数量和质量标准',
    requirement: '细化指标维度，补充量化标准，产出指标须有明确的数量、质量、时效值',
  },
  {
    problem: '效益指标与项目核心职责脱节，未体现项目实施带来的社会效益',
    requirement: '结合部门核心职能重新设置效益指标，并说明取值依据',
  },
  {
    problem: '成本指标方向设置错误（应为“≤”），指标值高于同类项目历史成本',
    requirement: '按成本控制要求调整指标方向和标杆值，补充成本测算明细',
  },
  { problem: '满意度指标未明确调查对象和调查方式', requirement: '明确满意度调查对象、样本量和调查方式，留存调查问卷' },
];

export const auditProblems: { problem: string; requirement: string }[] = [
  {
    problem: '审计发现项目资金拨付进度滞后，部分资金长期闲置',
    requirement: '建立资金拨付台账，按序时进度拨付，闲置资金按规定上缴',
  },
  { problem: '审计发现政府采购合同验收资料不完整', requirement: '完善验收管理制度，补齐验收报告和验收人员签字资料' },
  {
    problem: '审计发现项目管理制度缺失，未明确各环节责任主体',
    requirement: '制定项目管理办法，明确预算编制、项目实施、验收收尾各环节责任主体和时间节点',
  },
  { problem: '审计发现专项资金存在超范围列支', requirement: '对超范围支出进行调账，完善资金使用审批流程' },
];

export const progressNotes = [
  '已召开专题会议研究整改措施，明确责任人和时间节点',
  '已修订相关管理制度，正在组织实施',
  '已补充完善相关资料，正在内部审核',
];
export const submitNotes = ['已完成整改，相关制度和佐证材料已上传', '已按要求细化指标并完成调整，请审核销号'];
export const returnReasons = ['佐证材料不充分，缺少制度印发文件', '整改措施未落实到具体环节，请补充实施情况'];
