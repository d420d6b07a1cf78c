import { AGENCY_STATUS_LABELS, ENGAGEMENT_STATUS_LABELS } from '../../../core/contracts/agencies';
import { ASSESSMENT_STATUS_LABELS } from '../../../core/contracts/ex-ante';
import { KEY_EVALUATION_STAGE_LABELS } from '../../../core/contracts/key-evaluations';
import { ENTRY_STATUS_LABELS, PAYMENT_HOLD_STATUS_LABELS } from '../../../core/contracts/monitoring';
import { PROJECT_STATUS_LABELS } from '../../../core/contracts/projects';
import { RECTIFICATION_STATUS_LABELS } from '../../../core/contracts/rectification';
import { BATCH_STATUS_LABELS, REVIEW_SAMPLE_STATUS_LABELS } from '../../../core/contracts/reviews';
import { SELF_EVALUATION_STATUS_LABELS } from '../../../core/contracts/self-evaluation';
import { TARGET_STATUS_LABELS } from '../../../core/contracts/targets';
import {
  BUDGET_TYPE_LABELS,
  FEEDBACK_STATUS_LABELS,
  JOB_STATUS_LABELS,
  ROLE_LABELS,
  USER_STATUS_LABELS,
} from '../../../core/enums';
import { formatYuan } from '../../../core/money';
import { dateTime } from './format';

/** Chinese names of the fields audit rows carry most often; other keys are shown as they are. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  name: '名称',
  title: '标题',
  code: '编码',
  shortName: '简称',
  status: '状态',
  stage: '阶段',
  kind: '类型',
  year: '年度',
  version: '版本',
  versionNo: '版本号',
  isCurrent: '当前版本',
  active: '启用',
  role: '角色',
  displayName: '姓名',
  username: '用户名',
  budgetType: '预算类型',
  keyProject: '重点项目',
  amount: '金额',
  requestedAmount: '申请金额',
  approvedAmount: '批复金额',
  adjustedAmount: '调整后金额',
  initialBudget: '年初预算',
  annualBudget: '全年预算',
  executedAmount: '执行金额',
  budgetBefore: '调整前预算',
  budgetAfter: '调整后预算',
  paid: '累计支付',
  fundsReceived: '资金到位',
  annualGoal: '年度绩效目标',
  conclusion: '结论',
  unitResponse: '单位反馈意见',
  totalScore: '总分',
  total: '总分',
  grade: '等级',
  creditLevel: '信用等级',
  reason: '理由',
  returnComment: '退回意见',
  returnReason: '退回理由',
  comment: '意见',
  note: '备注',
  deadline: '截止日期',
  submittedAt: '提交时间',
  approvedAt: '审核通过时间',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  attempts: '已尝试次数',
  error: '错误信息',
};

/** Chinese labels of `status` values per audited entity, so 修改前/修改后 read 已提交 rather than submitted. */
const STATUS_LABELS: Record<string, Record<string, string>> = {
  agency: AGENCY_STATUS_LABELS,
  agencyEngagement: ENGAGEMENT_STATUS_LABELS,
  backgroundJob: JOB_STATUS_LABELS,
  exAnteAssessment: ASSESSMENT_STATUS_LABELS,
  feedbackTicket: FEEDBACK_STATUS_LABELS,
  monitoringEntry: ENTRY_STATUS_LABELS,
  monitoringPaymentHold: PAYMENT_HOLD_STATUS_LABELS,
  project: PROJECT_STATUS_LABELS,
  rectification: RECTIFICATION_STATUS_LABELS,
  reviewBatch: BATCH_STATUS_LABELS,
  reviewSample: REVIEW_SAMPLE_STATUS_LABELS,
  selfEvaluation: SELF_EVALUATION_STATUS_LABELS,
  target: TARGET_STATUS_LABELS,
  user: USER_STATUS_LABELS,
};

/** Labels of other coded values by key, whatever the entity. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  role: ROLE_LABELS,
  budgetType: BUDGET_TYPE_LABELS,
  stage: KEY_EVALUATION_STAGE_LABELS,
};

export interface AuditChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

const MONEY_KEY = /amount|budget/i;
const EXTRA_MONEY_KEYS = new Set(['paid', 'fundsReceived']);
const INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const COMPACT_MAX = 160;
const NOT_RECORDED = '（未记录）';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

/** Stable text of a value (object keys sorted), so equal values compare equal whatever their key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isRecord(v))
    return `{${Object.keys(v)
      .sort()
      .filter((k) => v[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

/** The Chinese label of a field key, or the key itself. */
export const fieldLabel = (key: string) => AUDIT_FIELD_LABELS[key] ?? key;

/**
 * One value as the change table shows it: money (a key naming an amount or budget, in 分) in 元, booleans 是/否,
 * instants in local time, coded statuses in Chinese, nested objects as compact JSON; empty as —.
 */
export function formatAuditValue(key: string, value: unknown, entity?: string): string {
  if (isEmpty(value)) return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const numeric = typeof value === 'number' || (typeof value === 'string' && /^-?\d+$/.test(value));
  if (numeric && (MONEY_KEY.test(key) || EXTRA_MONEY_KEYS.has(key))) return `${formatYuan(Number(value))} 元`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const coded = (key === 'status' && entity ? STATUS_LABELS[entity] : VALUE_LABELS[key])?.[value];
    if (coded) return coded;
    return INSTANT.test(value) ? dateTime(value) : value;
  }
  if (Array.isArray(value) && value.every((v) => !isRecord(v) && !Array.isArray(v)))
    return value.length ? value.map((v) => formatAuditValue(key, v, entity)).join('、') : '—';
  const text = JSON.stringify(value);
  return text.length > COMPACT_MAX ? `${text.slice(0, COMPACT_MAX - 1)}…` : text;
}

/**
 * The changed fields between an audit row's before and after: keys whose values differ (deeply), in the order they
 * appear, skipping keys empty on both sides. A value that is not an object (a list, a number) is one change named 内容.
 */
export function auditChanges(before: unknown, after: unknown, entity?: string): AuditChange[] {
  if (isEmpty(before) && isEmpty(after)) return [];
  const row = (key: string, b: unknown, a: unknown, label = fieldLabel(key)): AuditChange => ({
    key,
    label,
    before: formatAuditValue(key, b, entity),
    after: formatAuditValue(key, a, entity),
  });
  const objectLike = (v: unknown) => isEmpty(v) || isRecord(v);
  if (!objectLike(before) || !objectLike(after))
    return canonical(before) === canonical(after) ? [] : [row('', before, after, '内容')];
  const b: Record<string, unknown> = isRecord(before) ? before : {};
  const a: Record<string, unknown> = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  // A side that records only some fields (e.g. before = { status }) says nothing of the others.
  const side = (o: Record<string, unknown>, k: string, text: string) =>
    Object.keys(o).length > 0 && !(k in o) ? NOT_RECORDED : text;
  return keys
    .filter((k) => !(isEmpty(b[k]) && isEmpty(a[k])) && canonical(b[k]) !== canonical(a[k]))
    .map((k) => {
      const change = row(k, b[k], a[k]);
      return { ...change, before: side(b, k, change.before), after: side(a, k, change.after) };
    });
}
