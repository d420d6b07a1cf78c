import type { TTargetIndicatorInput } from '../../../core/contracts/targets';
import type { Level1, Level2, Operator } from '../../../core/rules/indicator';
import { checkTarget, type TargetFinding } from '../../../core/rules/targets/index';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { getRules } from '../rule-sets/service';
import { lastYearActuals } from './repo';

type Indicator = Pick<
  TTargetIndicatorInput,
  'level1' | 'level2' | 'name' | 'operator' | 'targetValue' | 'unit' | 'weight'
>;

/** Runs the target quality checks with the rules in force for the region and year. */
export async function findingsFor(
  db: DbOrTx,
  ctx: Ctx,
  year: number,
  previousProjectId: number | null,
  indicators: readonly {
    level1: string;
    level2: string;
    name: string;
    operator: string;
    targetValue: string;
    unit: string;
    weight: number;
  }[],
): Promise<TargetFinding[]> {
  const rules = await getRules(db, ctx.actor.regionCode, year, 'targets');
  const context = { lastYearActuals: await lastYearActuals(db, previousProjectId) };
  const rows: Indicator[] = indicators.map((i) => ({
    ...i,
    level1: i.level1 as Level1,
    level2: i.level2 as Level2,
    operator: i.operator as Operator,
    weight: Number(i.weight),
  }));
  return checkTarget({ indicators: rows }, rules, context);
}

/** Refuses a submission while any check of severity error fails, listing them all. */
export function assertSubmittable(findings: TargetFinding[]) {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return;
  throw new AppError(
    'VALIDATION_FAILED',
    `绩效目标未通过审核校验：${errors[0].message}${errors.length > 1 ? `等 ${errors.length} 项问题` : ''}`,
    {
      findings: errors,
    },
  );
}
