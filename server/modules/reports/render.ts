import type { TAnnualFigures } from '../../../core/contracts/reports';
import { formatWan } from '../../../core/money';
import { AppError } from '../../platform/errors';

/** 分 → 万元 as written in the report: "291", "405.78" (no trailing zeros). */
export function wanText(fen: number) {
  return formatWan(fen)
    .replace(/,/g, '')
    .replace(/\.00$/, '')
    .replace(/(\.\d)0$/, '$1');
}

/** "71" → "70余", exact when a round number or below ten. */
export function approxText(n: number) {
  if (n < 10 || n % 10 === 0) return String(n);
  return `${Math.floor(n / 10) * 10}余`;
}

/** Placeholders a template may use, with their label and value for the given figures. */
export function placeholders(f: TAnnualFigures) {
  const list: [string, string, string | number][] = [
    ['year', '工作年度', f.year],
    ['nextYear', '下一年度', f.nextYear],
    ['regionName', '区划名称', f.regionName],
    ['policyDocuments', '本年印发制度文件数', f.policyDocuments],
    ['trainingSessions', '政策宣讲场次', f.trainingSessions],
    ['trainingUnits', '宣讲覆盖单位数', f.trainingUnits],
    ['trainingUnitsApprox', '宣讲覆盖单位数（约数）', approxText(f.trainingUnits)],
    ['feedbackTickets', '收集难点堵点问题数', f.feedbackTickets],
    ['exAnteProjects', '事前评估项目数', f.exAnteProjects],
    ['exAnteCutWan', '事前评估核减（万元）', wanText(f.exAnteCutFen)],
    ['reviewUnits', '复核反馈单位数', f.reviewUnits],
    ['reviewSuggestions', '复核反馈建议条数', f.reviewSuggestions],
    ['reviewReturnedUnits', '自评退回整改单位数', f.reviewReturned],
    ['monitoredProjects', '监控项目数', f.monitoredProjects],
    ['monitoringRounds', '监控轮次', f.monitoringRounds],
    ['recoveryWan', '收回资金（万元）', wanText(f.recoveryFen)],
    ['keyEvaluations', '重点评价项目数', f.keyEvaluations],
    ['keyEvaluationKinds', '重点评价类型', f.keyEvaluationKinds.join('、') || '—'],
    ['keyEvaluationKindCount', '重点评价类型数', f.keyEvaluationKinds.length],
    ['keyEvaluationBudgetTypes', '重点评价覆盖预算类型', joinAnd(f.keyEvaluationBudgetTypes)],
    ['indicatorFields', '指标库覆盖重点领域数', f.indicatorFields],
    ['indicatorCount', '指标库指标数', f.indicatorCount],
    ['rectificationTotal', '整改事项数', f.rectificationTotal],
    ['rectificationClosed', '已销号整改事项数', f.rectificationClosed],
    ['resultsCutWan', '结果应用调减预算（万元）', wanText(f.resultsCutFen)],
  ];
  return list.map(([key, label, value]) => ({ key, label, value: String(value) }));
}

function joinAnd(items: string[]) {
  if (items.length <= 1) return items[0] ?? '—';
  return `${items.slice(0, -1).join('、')}及${items[items.length - 1]}`;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Inserts the figures into a template; unknown placeholders stay visible. */
export function fill(template: string, values: Map<string, string>) {
  return template.replace(PLACEHOLDER, (m, key: string) => values.get(key) ?? m);
}

/** Rejects a template that names a placeholder the report does not know (typos would print raw braces). */
export function assertKnownPlaceholders(text: string, known: Set<string>) {
  const unknown = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((k) => !known.has(k));
  if (unknown.length)
    throw new AppError('VALIDATION_FAILED', `未知的数据占位符：${unknown.map((k) => `{${k}}`).join('、')}`);
}
