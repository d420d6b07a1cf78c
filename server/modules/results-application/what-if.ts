import type { Grade } from '../../../core/rules/key-evaluation/types';
import { simulateAdjustments, type WhatIfOverrides } from '../../../core/rules/results/index';
import type { Ctx } from '../../platform/context';
import { AppError, found } from '../../platform/errors';
import { getRules } from '../rule-sets/service';
import { assertCanRead } from './policy';
import * as repo from './repo';

/**
 * What-if: the run's lines re-proposed with changed percentages, next year's totals by department
 * beside the baseline of the rules in force. Reads only; nothing is written.
 */
export async function whatIf(ctx: Ctx, runId: number, overrides: WhatIfOverrides) {
  assertCanRead(ctx.actor);
  const run = found(await repo.findRunById(ctx.db, ctx.actor.regionCode, runId), '结果应用批次');
  const rules = await getRules(ctx.db, ctx.actor.regionCode, run.year, 'results');
  const lines = await repo.findLines(ctx.db, repo.scopedLines(ctx.actor));
  const items = lines
    .filter((l) => l.runId === run.id)
    .map((l) => ({
      project: {
        id: String(l.nextProjectId),
        name: l.projectName,
        departmentId: String(l.departmentId),
        nextYearBudget: l.budgetBefore,
      },
      grade: l.grade as Grade,
      evaluationKind: l.evaluationKind,
      projectKind: l.projectKind,
      openRectifications: l.openRectifications,
    }));
  const baseline = simulateAdjustments(items, {}, rules);
  const scenario = simulateAdjustments(items, overrides, rules);
  if (!baseline.ok) throw new AppError('VALIDATION_FAILED', baseline.message);
  if (!scenario.ok) throw new AppError('VALIDATION_FAILED', scenario.message);
  const names = new Map(lines.map((l) => [String(l.departmentId), l.departmentName]));
  const base = new Map(baseline.value.byDepartment.map((d) => [d.departmentId, d]));
  return {
    rules: {
      cutPercents: rules.table.filter((r) => r.action === 'cut').map((r) => r.cutPercent ?? 0),
      unrectifiedCutPercent: rules.unrectifiedCutPercent,
    },
    byDepartment: scenario.value.byDepartment.map((d) => ({
      departmentId: Number(d.departmentId),
      departmentName: names.get(d.departmentId) ?? d.departmentId,
      projects: d.projects,
      budgetBefore: d.budgetBefore,
      baselineChange: base.get(d.departmentId)?.change ?? 0,
      change: d.change,
      budgetAfter: d.budgetAfter,
    })),
    baseline: baseline.value.total,
    total: scenario.value.total,
  };
}
