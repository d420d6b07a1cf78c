/**
 * Chinese names of request fields, so a schema error reads "退回意见：不能为空" instead of "comment：不能为空".
 * Keys not listed keep their path: they come from hand-made API calls rather than from the forms.
 */
const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  title: '标题',
  code: '编码',
  year: '年度',
  kind: '类型',
  status: '状态',
  version: '版本',
  ids: '所选记录',
  decision: '审核结论',
  comment: '意见',
  reason: '理由',
  note: '说明',
  deadline: '期限',
  requirement: '整改要求',
  suggestion: '改进建议',
  evidence: '佐证材料',
  approver: '审批人',
  amount: '金额',
  paid: '实际执行数',
  fundsReceived: '到位资金',
  executedAmount: '全年执行数',
  requestedAmount: '申报金额',
  conclusion: '评价结论',
  problems: '存在问题',
  measures: '改进措施',
  actualOutcome: '总体目标实际完成情况',
  overallGoal: '总体目标',
  annualGoal: '年度目标',
  weight: '分值',
  targetValue: '指标值',
  operator: '运算符',
  unit: '计量单位',
  currentValue: '当前完成值',
  currentText: '当前完成值',
  expectedValue: '预计全年完成值',
  deviationReason: '偏差原因',
  improvement: '改进措施',
  content: '内容',
  text: '正文',
  username: '用户名',
  displayName: '姓名',
  phone: '手机号',
  oldPassword: '原密码',
  newPassword: '新密码',
  password: '密码',
  startDate: '开始日期',
  endDate: '结束日期',
};

/** How a row of a list is counted when 项 does not fit ("第 2 段" of the report's paragraphs). */
const ROW_NOUNS: Record<string, string> = {
  paragraphs: '段',
};

const CONTEXTS: Record<string, string> = {
  body: '',
  querystring: '查询条件 ',
  params: '路径参数 ',
  headers: '请求头 ',
};

/**
 * The message of one schema issue with its field in Chinese: "第 2 项 分值：…" for `indicators.1.weight`, "第 1 段 正文：…"
 * for `paragraphs.0.text`. A message that already names its field (most custom messages do) is left as it is.
 */
export function describeIssue(context: string, path: string, message: string): string {
  const segments = path.split('.').filter(Boolean);
  const key = [...segments].reverse().find((s) => !/^\d+$/.test(s));
  const label = key ? FIELD_LABELS[key] : undefined;
  const where = CONTEXTS[context] ?? context;
  if (!label) return `${where}${segments.length ? `${path}：` : ''}${message}`;
  const rows = segments.flatMap((s, i) =>
    /^\d+$/.test(s) ? [`第 ${Number(s) + 1} ${ROW_NOUNS[segments[i - 1]] ?? '项'}`] : [],
  );
  if (message.includes(label)) return `${rows.length ? `${rows.join(' ')} ` : ''}${message}`;
  return `${where}${rows.length ? `${rows.join(' ')} ` : ''}${label}：${message}`;
}
