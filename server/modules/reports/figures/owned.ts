import { BUDGET_TYPE_LABELS, BUDGET_TYPES, type BudgetType } from '../../../../core/enums';
import {
  type EvaluationKind,
  evaluationKindLabels,
  evaluationKinds,
} from '../../../../core/rules/key-evaluation/index';
import type { DbOrTx } from '../../../platform/db/client';
import { tableExists } from '../../../platform/optional-table';
import { keyEvaluationFigures, keyEvaluationPresenceSql } from '../../key-evaluations/figures';
import { recoveredTotalSql, recoveryTotals } from '../../monitoring/disposals';
import { resultsCutSql, resultsTotals } from '../../results-application/totals';
import { num, type Row } from './one-row';

// Figures whose owning module exports a service function: call it (only when its table exists), or, for the annual
// report's single statement, the module's one-row subquery of the same figure.

/** The owned parts as one-row subqueries of their modules. */
export const ownedParts = (region: string, year: number) => ({
  keyEvaluations: keyEvaluationPresenceSql(region, year),
  recovered: recoveredTotalSql(region, year),
  resultsCut: resultsCutSql(region, year),
});

/** Key evaluations' count, and the kinds and budget types present in their list order, labelled. */
export function keyEvaluationsFrom(row: Row | undefined) {
  const kinds = new Set((row?.kinds as string[] | undefined) ?? []);
  const budgetTypes = new Set((row?.budget_types as string[] | undefined) ?? []);
  return {
    total: num(row, 'total'),
    kinds: evaluationKinds.filter((k) => kinds.has(k)).map((k) => evaluationKindLabels[k] ?? k),
    budgetTypes: BUDGET_TYPES.filter((b) => budgetTypes.has(b)).map((b) => BUDGET_TYPE_LABELS[b] ?? b),
  };
}

/** 收回: recovered funds of the work year (monitoring module). */
export async function recoveryFen(db: DbOrTx, region: string, year: number) {
  if (!(await tableExists(db, 'monitoring_disposal'))) return 0;
  return (await recoveryTotals(db, region, year)).total;
}

/** 重点评价: count, kinds and budget types covered (key-evaluations module). */
export async function keyEvaluationSummary(db: DbOrTx, region: string, year: number) {
  if (!(await tableExists(db, 'key_evaluation'))) return { total: 0, kinds: [], budgetTypes: [] };
  const f = await keyEvaluationFigures(db, region, year);
  const kinds = Object.entries(f.byKind)
    .filter(([, n]) => n > 0)
    .map(([k]) => evaluationKindLabels[k as EvaluationKind] ?? k);
  const budgetTypes = Object.entries(f.byBudgetType)
    .filter(([, n]) => n > 0)
    .map(([b]) => BUDGET_TYPE_LABELS[b as BudgetType] ?? b);
  return { total: f.total, kinds, budgetTypes };
}

/** 结果应用: budget cuts decided from evaluation results (results-application module). */
export async function resultsCutFen(db: DbOrTx, region: string, year: number) {
  if (!(await tableExists(db, 'results_line')) || !(await tableExists(db, 'results_run'))) return 0;
  return (await resultsTotals(db, region, year)).cutsFromResults;
}
