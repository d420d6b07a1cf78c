import { formatWanLabel } from '../../money.ts';
import { fail, type Grade, grades, ok, type RuleResult } from '../key-evaluation/types.ts';
import { findResultsRule } from './match.ts';
import { evaluationSourceLabels, type ResultAction, type ResultsRules, resultActionLabels } from './rules.ts';

export interface AdjustmentInput {
  project: { id?: string; name?: string; departmentId?: string; nextYearBudget: number };
  grade: Grade;
  /** Total score behind the grade, quoted in the reason when given. */
  score?: number;
  evaluationKind: string;
  projectKind: string;
  /** Rectification items of the project not yet closed out (未销号). */
  openRectifications: number;
}

export interface Adjustment {
  action: ResultAction;
  /** Effective cut percent for `cut` (including the unrectified surcharge), else null. */
  cutPercent: number | null;
  /** Change to next year's budget in 分 (0 or negative). */
  change: number;
  proposedBudget: number;
  /** Chinese explanation naming the evidence (source, grade, score, open rectifications). */
  reason: string;
  /** Index of the table row that applied. */
  ruleIndex: number;
}

/** Rounds budget × percent / 100 half up to `unit` 分, exactly (BigInt), never above the budget. */
export function cutAmount(budget: number, percent: number, unit: number): number {
  const bp = BigInt(Math.round(percent * 100));
  const den = 10_000n * BigInt(unit);
  const units = (BigInt(budget) * bp * 2n + den) / (den * 2n);
  return Math.min(budget, Number(units) * unit);
}

/** Proposes next year's budget action for a graded project from the results application table. */
export function proposeAdjustment(input: AdjustmentInput, rules: ResultsRules): RuleResult<Adjustment> {
  const budget = input.project.nextYearBudget;
  if (!Number.isSafeInteger(budget) || budget < 0)
    return fail('AMOUNT_NOT_INTEGER', '下年度预算必须是以分为单位的非负整数');
  if (!Number.isInteger(input.openRectifications) || input.openRectifications < 0) {
    return fail('RECTIFICATIONS_INVALID', '未整改事项数必须为非负整数');
  }
  if (!grades.includes(input.grade)) return fail('GRADE_INVALID', `评价等级“${input.grade}”无效`);
  const match = findResultsRule(rules.table, input);
  if (!match) return fail('NO_RULE_MATCH', '结果应用规则表中没有适用于该项目的规则');

  const open = input.openRectifications > 0 && rules.unrectifiedCutPercent > 0;
  const base = match.row.action;
  const escalates = open && (base === 'prioritise' || base === 'fundAsNeeded' || base === 'cut');
  const action: ResultAction = escalates ? 'cut' : base;
  const baseCut = base === 'cut' ? (match.row.cutPercent ?? 0) : 0;
  const cutPercent = action === 'cut' ? Math.min(100, baseCut + (escalates ? rules.unrectifiedCutPercent : 0)) : null;
  const change =
    action === 'cut'
      ? -cutAmount(budget, cutPercent ?? 0, rules.roundingUnit)
      : action === 'cancel' || action === 'suspend'
        ? -budget
        : 0;

  const source = evaluationSourceLabels[input.evaluationKind] ?? input.evaluationKind;
  const evidence = `${source}等级为“${input.grade}”${input.score === undefined ? '' : `（${input.score}分）`}`;
  const rule = base === 'cut' ? `压减${baseCut}%` : resultActionLabels[base];
  const parts = [`${evidence}，按结果应用规则${rule}`];
  if (open)
    parts.push(
      `尚有${input.openRectifications}项整改事项未销号${escalates ? `，追加压减${rules.unrectifiedCutPercent}%` : ''}`,
    );
  if (action === 'cut') parts.push(`合计压减${cutPercent}%，核减${formatWanLabel(-change)}`);
  else if (action === 'cancel') parts.push(`取消安排，核减${formatWanLabel(budget)}`);
  else if (action === 'suspend') parts.push(`整改到位前暂停安排，核减${formatWanLabel(budget)}`);
  else parts.push('预算不作调整');
  return ok({
    action,
    cutPercent,
    change,
    proposedBudget: budget + change,
    reason: parts.join('；'),
    ruleIndex: match.index,
  });
}
