/** Fixed vocabularies from the domain glossary, with the Chinese labels the UI shows. */

export const ROLES = ['admin', 'finance', 'department', 'unit', 'expert', 'agency', 'leader'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  finance: '财政局',
  department: '主管部门',
  unit: '预算单位',
  expert: '评审专家',
  agency: '第三方机构',
  leader: '领导查阅',
};

export const ORG_KINDS = ['bureau', 'department', 'budgetUnit', 'external'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  bureau: '财政局',
  department: '主管部门',
  budgetUnit: '预算单位',
  external: '外部机构',
};

export const BUDGET_TYPES = ['general', 'governmentFund', 'stateCapital'] as const;
export type BudgetType = (typeof BUDGET_TYPES)[number];
export const BUDGET_TYPE_LABELS: Record<BudgetType, string> = {
  general: '一般公共预算',
  governmentFund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
};

export const REGION_LEVELS = ['province', 'city', 'district'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = { province: '省级', city: '市级', district: '区县级' };

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const USER_STATUS_LABELS: Record<UserStatus, string> = { active: '正常', disabled: '停用' };

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  login: '登录',
  loginFailed: '登录失败',
  logout: '退出',
  changePassword: '修改密码',
  resetPassword: '重置密码',
  import: '导入',
  submit: '提交',
  approve: '审核通过',
  return: '退回',
  upload: '上传',
  recompute: '重新计算',
  enqueue: '加入后台任务',
  complete: '后台任务完成',
  retry: '后台任务重试',
  fail: '后台任务失败',
  requeue: '手动重试',
  // Workflow steps of the modules.
  accept: '采纳',
  resultsAdjust: '按评价结果调整',
  adjust: '调整',
  assign: '分配',
  cancel: '取消',
  close: '关闭',
  closeOut: '销号',
  generate: '生成',
  issue: '下发',
  lift: '恢复拨款',
  progress: '更新进展',
  remind: '提醒',
  reopen: '重新开启',
  resubmit: '重新提交',
  score: '评分',
  suspend: '暂停拨款',
  supersede: '废止',
  addFinding: '新增复核发现',
  updateFinding: '修改复核发现',
  removeFinding: '删除复核发现',
  runChecks: '自动检查',
  run: '运行',
  sample: '抽取样本',
  bulkPass: '批量通过',
  departmentApprove: '主管部门审核通过',
  budget: '安排预算',
  adjustBudget: '调整预算',
  enterLibrary: '入库',
  conclude: '形成结论',
  formPanel: '组建专家组',
  engage: '委托机构',
  addService: '登记服务',
  setStatus: '变更状态',
  credit: '信用评价',
  pay: '支付费用',
  editReport: '修改报告',
  respond: '反馈意见',
  answer: '答复',
  updateFramework: '修改评价框架',
  derive: '生成年度指标库',
  promote: '纳入指标库',
  revise: '修订',
  extractText: '提取全文',
  importAttendance: '导入签到表',
  sync: '同步填报范围',
  reopenUnit: '重新开放填报',
};

/** Label of any enum value, falling back to the code itself. */
export function labelOf<T extends string>(labels: Record<T, string>, code: T | string): string {
  return (labels as Record<string, string>)[code] ?? code;
}

/** Stages of the closed loop, used by feedback tickets and the work calendar. */
export const LOOP_STAGES = [
  'targets',
  'exAnte',
  'monitoring',
  'selfEvaluation',
  'review',
  'keyEvaluation',
  'rectification',
  'resultsApplication',
  'system',
] as const;
export type LoopStage = (typeof LOOP_STAGES)[number];
export const LOOP_STAGE_LABELS: Record<LoopStage, string> = {
  targets: '绩效目标',
  exAnte: '事前评估',
  monitoring: '运行监控',
  selfEvaluation: '绩效自评',
  review: '自评复核',
  keyEvaluation: '重点评价',
  rectification: '问题整改',
  resultsApplication: '结果应用',
  system: '综合及系统操作',
};

export const POLICY_CATEGORIES = [
  'general',
  'targets',
  'exAnte',
  'monitoring',
  'selfEvaluation',
  'keyEvaluation',
  'resultsApplication',
] as const;
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];
export const POLICY_CATEGORY_LABELS: Record<PolicyCategory, string> = {
  general: '综合管理',
  targets: '目标管理',
  exAnte: '事前评估',
  monitoring: '运行监控',
  selfEvaluation: '自评与复核',
  keyEvaluation: '重点评价',
  resultsApplication: '结果应用与整改',
};

export const TRAINING_MODES = ['online', 'offline', 'oneToOne'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];
export const TRAINING_MODE_LABELS: Record<TrainingMode, string> = {
  online: '线上解读',
  offline: '线下宣讲',
  oneToOne: '点对点辅导',
};

export const FEEDBACK_STATUSES = ['open', 'answered', 'closed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  open: '待答复',
  answered: '已答复',
  closed: '已关闭',
};

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  queued: '排队中',
  running: '执行中',
  done: '已完成',
  failed: '失败',
};

/** Kinds of background job (server/platform/jobs); each has one handler registered by kind. */
export const JOB_KINDS = ['monitoring.recomputeYear', 'reviews.rerunChecks'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const JOB_KIND_LABELS: Record<JobKind, string> = {
  'monitoring.recomputeYear': '重新计算全年监控预警',
  'reviews.rerunChecks': '按新规则重新检查复核样本',
};

/** Kinds of inbox task (server/platform/inbox.ts openTask), with the 事项类型 我的待办 shows. */
export const TASK_KIND_LABELS = {
  targetDepartmentReview: '绩效目标 · 主管部门审核',
  targetFinanceReview: '绩效目标 · 财政审核',
  targetRevise: '绩效目标 · 退回修改',
  targetAdjust: '绩效目标 · 年中调整',
  exAnteApply: '事前评估 · 填报申报材料',
  exAntePanel: '事前评估 · 组建专家组',
  exAnteScore: '事前评估 · 专家评分',
  exAnteConclude: '事前评估 · 出具结论',
  'monitoring.fill': '运行监控 · 填报',
  'monitoring.remind': '运行监控 · 催报',
  'monitoring.departmentReview': '运行监控 · 主管部门审核',
  'monitoring.financeReview': '运行监控 · 财政审核',
  'selfEvaluation.fill': '绩效自评 · 填报',
  'selfEvaluation.departmentReview': '绩效自评 · 主管部门审核',
  'selfEvaluation.financeReview': '绩效自评 · 财政审核',
  'review.assigned': '自评复核 · 复核任务',
  'review.resubmitted': '自评复核 · 重新提交待复核',
  'keyEvaluation.work': '重点评价 · 开展评价',
  'keyEvaluation.respond': '重点评价 · 反馈意见',
  'keyEvaluation.review': '重点评价 · 报告审核',
  'rectification.fix': '问题整改 · 落实整改',
  'rectification.verify': '问题整改 · 销号审核',
  'rectification.overdue': '问题整改 · 逾期催办',
  feedbackAnswer: '难点堵点 · 答复反馈',
  workCalendar: '工作日历 · 节点提醒',
} as const;
export type TaskKind = keyof typeof TASK_KIND_LABELS;

/** The 事项类型 of a task kind; a work-calendar reminder's kind carries its org (workCalendar:<orgId>). */
export function taskKindLabel(kind: string): string {
  const base = kind.startsWith('workCalendar:') ? 'workCalendar' : kind;
  return (TASK_KIND_LABELS as Record<string, string>)[base] ?? kind;
}
