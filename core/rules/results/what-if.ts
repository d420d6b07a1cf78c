import { fail, ok, type RuleResult } from '../key-evaluation/types.ts';
import { type AdjustmentInput, proposeAdjustment } from './propose.ts';
import type { ResultsRules } from './rules.ts';

export interface DepartmentTotal {
  departmentId: string;
  projects: number;
  /** Sum of next year's budgets before adjustment (分). */
  budgetBefore: number;
  /** Sum of changes (分, ≤ 0). */
  change: number;
  budgetAfter: number;
}

export interface WhatIfOverrides {
  /** Replaces the percent of every `cut` row of the table. */
  cutPercent?: number;
  /** Replaces the unrectified surcharge. */
  unrectifiedCutPercent?: number;
}

export interface WhatIfResult {
  byDepartment: DepartmentTotal[];
  total: Omit<DepartmentTotal, 'departmentId'>;
}

/** What-if: re-runs the proposals with modified percentages and totals them by department (first-seen order). */
export function simulateAdjustments(
  items: (AdjustmentInput & { project: { departmentId: string } })[],
  overrides: WhatIfOverrides,
  rules: ResultsRules,
): RuleResult<WhatIfResult> {
  const { cutPercent, unrectifiedCutPercent } = overrides;
  if ([cutPercent, unrectifiedCutPercent].some((p) => p !== undefined && !(p >= 0 && p <= 100))) {
    return fail('PERCENT_INVALID', '压减比例应在0%至100%之间');
  }
  const modified: ResultsRules = {
    ...rules,
    table: rules.table.map((row) => (row.action === 'cut' && cutPercent !== undefined ? { ...row, cutPercent } : row)),
    unrectifiedCutPercent: unrectifiedCutPercent ?? rules.unrectifiedCutPercent,
  };
  const byDepartment = new Map<string, DepartmentTotal>();
  const total = { projects: 0, budgetBefore: 0, change: 0, budgetAfter: 0 };
  for (const item of items) {
    const proposal = proposeAdjustment(item, modified);
    if (!proposal.ok)
      return fail(proposal.code, `${item.project.name ?? item.project.id ?? '项目'}：${proposal.message}`);
    const id = item.project.departmentId;
    const dept = byDepartment.get(id) ?? { departmentId: id, projects: 0, budgetBefore: 0, change: 0, budgetAfter: 0 };
    for (const acc of [dept, total]) {
      acc.projects += 1;
      acc.budgetBefore += item.project.nextYearBudget;
      acc.change += proposal.value.change;
      acc.budgetAfter += proposal.value.proposedBudget;
    }
    byDepartment.set(id, dept);
  }
  return ok({ byDepartment: [...byDepartment.values()], total });
}
