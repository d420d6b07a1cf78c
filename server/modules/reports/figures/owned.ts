import { BUDGET_TYPE_LABELS, type BudgetType } from '../../../../core/enums';
import { type EvaluationKind, evaluationKindLabels } from '../../../../core/rules/key-evaluation/index';
import type { DbOrTx } from '../../../platform/db/client';
import { tableExists } from '../../../platform/optional-table';
import { keyEvaluationFigures } from '../../key-evaluations/figures';
import { recoveryTotals } from '../../monitoring/disposals';
import { resultsTotals } from '../../results-application/totals';

// Figures whose owning module exports a service function: call it (only when its table exists).

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
