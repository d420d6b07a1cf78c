import { and, count, eq, ne, type SQL, sql } from 'drizzle-orm';
import { BUDGET_TYPES, type BudgetType } from '../../../core/enums';
import { type EvaluationKind, evaluationKinds } from '../../../core/rules/key-evaluation/index';
import { keyEvaluations } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

export interface KeyEvaluationFigures {
  year: number;
  total: number;
  byKind: Record<EvaluationKind, number>;
  byBudgetType: Record<BudgetType, number>;
  /** Finished (finalised or archived) evaluations. */
  finished: number;
}

/** Key evaluations of a work year counted by kind and budget type (for the coverage panel and the annual report). */
export async function keyEvaluationFigures(
  db: DbOrTx,
  regionCode: string,
  year: number,
): Promise<KeyEvaluationFigures> {
  const rows = await db
    .select({
      kind: keyEvaluations.kind,
      budgetType: keyEvaluations.budgetType,
      stage: keyEvaluations.stage,
      n: count(),
    })
    .from(keyEvaluations)
    .where(
      and(
        eq(keyEvaluations.regionCode, regionCode),
        eq(keyEvaluations.year, year),
        ne(keyEvaluations.stage, 'cancelled'),
      ),
    )
    .groupBy(keyEvaluations.kind, keyEvaluations.budgetType, keyEvaluations.stage);
  const byKind = Object.fromEntries(evaluationKinds.map((k) => [k, 0])) as Record<EvaluationKind, number>;
  const byBudgetType = Object.fromEntries(BUDGET_TYPES.map((b) => [b, 0])) as Record<BudgetType, number>;
  let total = 0;
  let finished = 0;
  for (const r of rows) {
    total += r.n;
    if (r.kind in byKind) byKind[r.kind as EvaluationKind] += r.n;
    if (r.budgetType in byBudgetType) byBudgetType[r.budgetType as BudgetType] += r.n;
    if (r.stage === 'finalised' || r.stage === 'archived') finished += r.n;
  }
  return { year, total, byKind, byBudgetType, finished };
}

/**
 * The count, and the kinds and budget types present, as a one-row subquery (total, kinds, budget_types), for the
 * annual report's single statement.
 */
export function keyEvaluationPresenceSql(regionCode: string, year: number): SQL {
  const k = keyEvaluations;
  return sql`select count(*) as total, coalesce(array_agg(distinct ${k.kind}), '{}') as kinds,
      coalesce(array_agg(distinct ${k.budgetType}), '{}') as budget_types
    from ${k} where ${k.regionCode} = ${regionCode} and ${k.year} = ${year} and ${k.stage} <> 'cancelled'`;
}
