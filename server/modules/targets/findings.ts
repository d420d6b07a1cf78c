import type { TTargetIndicatorInput } from '../../../core/contracts/targets';
import type { Level1, Level2, Operator } from '../../../core/rules/indicator';
import { checkTarget, type TargetFinding } from '../../../core/rules/targets/index';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { getRules } from '../rule-sets/service';
import { lastYearActuals, namesUsedByOtherUnits } from './repo';

type Indicator = Pick<
  TTargetIndicatorInput,
  'level1' | 'level2' | 'name' | 'operator' | 'targetValue' | 'unit' | 'weight'
>;

/** Runs the target quality checks with the rules in force for the region and year. */
export async function findingsFor(
  db: DbOrTx,
  ctx: Ctx,
  target: { year: number; unitId: number },
  project: { fieldCode: string; previousProjectId: number | null },
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
  const { year, unitId } = target;
  const rules = await getRules(db, ctx.actor.regionCode, year, 'targets');
  const names = indicators.map((i) => i.name);
  const actuals = await lastYearActuals(db, project.previousProjectId);
  const scope = { regionCode: ctx.actor.regionCode, year, fieldCode: project.fieldCode, unitId };
  const others = await namesUsedByOtherUnits(db, scope, names);
  const context = { lastYearActuals: actuals, otherProjectIndicatorNames: others };
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
