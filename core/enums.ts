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
};

/** Label of any enum value, falling back to the code itself. */
export function labelOf<T extends string>(labels: Record<T, string>, code: T | string): string {
  return (labels as Record<string, string>)[code] ?? code;
}
