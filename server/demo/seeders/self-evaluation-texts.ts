/**
 * The analysis texts of a well-written demo self-evaluation, composed from the form's own project, indicators and
 * figures, so a form never describes another project (a catalog text of the field may be about a different kind of
 * project). Pure and deterministic: the caller passes the random numbers it draws.
 */

export interface TextRow {
  name: string;
  operator: string;
  targetValue: string;
  unit: string;
  actual: number | null;
  /** 达成 / 部分达成 / 未达成 for a qualitative row, else null. */
  level: string | null;
  missed: boolean;
}

export interface SelfEvaluationTexts {
  conclusion: string;
  problems: string;
  measures: string;
}

const MAX = 200;
const pick = <T>(list: readonly T[], r: number) => list[Math.floor(r * list.length) % list.length];
const quoted = (names: readonly string[]) => `“${names.join('”“')}”`;
const amount = (n: number) => String(Math.round(n * 100) / 100);

/** "“课后服务覆盖学生数”完成21500人（目标≥20000人）" for a quantitative row. */
function fact(r: TextRow, verb = '完成') {
  const op = r.operator === '=' ? '' : r.operator;
  return `“${r.name}”${verb}${amount(r.actual ?? 0)}${r.unit}（目标${op}${r.targetValue}${r.unit}）`;
}

/** How a missed value reads: a ceiling exceeded is 实际为, a floor not reached 仅完成. */
const missedVerb = (operator: string) =>
  operator === '≤' || operator === '<' ? '实际为' : operator === '=' ? '实际完成' : '仅完成';

const ENDINGS_MET = [
  '项目按年度计划实施，资金支付与实施进度基本匹配。',
  '年度绩效目标基本实现，服务对象反映良好。',
  '项目实施整体达到预期，产出和效益逐步显现。',
  '各环节按合同和实施方案推进，项目效益得到体现。',
];

const ENDINGS_MISSED = [
  '项目总体按计划推进，未完成部分已在次年计划中安排。',
  '年度绩效目标部分实现，偏差原因已逐项分析。',
  '项目实施进度滞后于年度计划，需加快推进。',
  '主要产出未达预期，已督促实施单位制定整改措施。',
];

const CAUSES = [
  '主要是项目前期手续办理时间较长，部分工作顺延至次年实施。',
  '主要是年初指标值测算偏乐观，对实施条件的变化考虑不足。',
  '主要是政府采购流程耗时较长，合同签订晚于计划，压缩了实施周期。',
  '主要是服务对象需求变化，实际工作量较年初预计有所减少。',
];

const MEASURES: ((name: string, indicator: string) => string)[] = [
  (name: string, ind: string) =>
    `下一年度将参照${ind}等指标的实际完成值合理设置${name}的指标值，并按季度跟踪实施进度。`,
  (name: string) => `建立${name}月度调度机制，提前完成采购和合同签订，确保资金支付与实施进度同步。`,
  (name: string) => `加强${name}佐证资料的日常归集，满意度指标通过问卷调查取得，并留存样本和统计表。`,
  (name: string) => `细化${name}实施方案和资金使用计划，将绩效目标分解到季度和责任人，及时纠正执行偏差。`,
];

/**
 * Conclusion, problems and measures of a form: budget and execution, the indicators met (with their values) or missed,
 * a cause for the first missed one and a measure naming the project. r1–r3 pick the phrasing.
 */
export function composeTexts(
  input: { projectName: string; annualBudget: number; executionRate: number; rows: readonly TextRow[] },
  r: { analysis: number; problems: number; measures: number },
): SelfEvaluationTexts {
  const { projectName: name, rows } = input;
  const missed = rows.filter((x) => x.missed);
  const met = rows.filter((x) => !x.missed && x.actual !== null).slice(0, 2);
  const head = `${name}全年预算${(input.annualBudget / 1_000_000).toFixed(2)}万元，执行率${input.executionRate}%。`;
  const outcome = missed.length
    ? `${quoted(missed.slice(0, 2).map((x) => x.name))}未完成年度目标，`
    : '各项绩效指标均已完成，';
  // Quantitative rows met, with their values; when none, the first rows by name (unless all of them were missed).
  const facts = met.length
    ? `${met.map((x) => fact(x)).join('，')}，`
    : missed.length
      ? ''
      : `${quoted(rows.slice(0, 2).map((x) => x.name))}等指标达到预期，`;
  const conclusion = `${head}${outcome}${facts}${pick(missed.length ? ENDINGS_MISSED : ENDINGS_MET, r.analysis)}`;
  const first = missed[0];
  const problems = first
    ? `${first.actual === null ? `“${first.name}”评价为${first.level ?? '部分达成'}` : fact(first, missedVerb(first.operator))}，未达到年度目标，${pick(CAUSES, r.problems)}`
    : '个别指标值设置偏保守，实际完成值明显高于年度目标。';
  const indicator = quoted([(first ?? rows[0])?.name ?? '产出']);
  const measures = pick(MEASURES, r.measures)(name, indicator);
  return { conclusion: conclusion.slice(0, MAX), problems: problems.slice(0, MAX), measures: measures.slice(0, MAX) };
}
