import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { ZCandidateQuery } from '../../../core/contracts/key-evaluations';
import type { z } from '../../../core/zod';
import { keyEvaluations, orgUnits, projects, rectificationItems } from '../../db/schema/index';
import type { Ctx } from '../../platform/context';
import { assertRole } from '../../platform/policy';
import { CANDIDATE_REASON_LABELS, candidateReasons } from './candidate-rules';

/**
 * Candidate objects for a plan year: the previous year's projects picked by the candidate rules, and the
 * departments with the largest spending (for 部门整体 evaluations). Already planned objects are flagged.
 */
export async function suggestCandidates(ctx: Ctx, q: z.infer<typeof ZCandidateQuery>) {
  assertRole(ctx.actor, ['admin', 'finance', 'leader'], '查看评价候选对象');
  const region = ctx.actor.regionCode;
  const evaluatedYear = q.year - 1;
  const rows = await ctx.db
    .select({ p: projects, unitName: orgUnits.name })
    .from(projects)
    .leftJoin(orgUnits, eq(orgUnits.id, projects.unitId))
    .where(
      and(
        eq(projects.regionCode, region),
        eq(projects.year, evaluatedYear),
        inArray(projects.status, ['executing', 'completed']),
      ),
    );
  const ids = rows.map((r) => r.p.id);
  const problems = ids.length
    ? await ctx.db
        .select({ projectId: rectificationItems.projectId, n: count() })
        .from(rectificationItems)
        .where(and(eq(rectificationItems.regionCode, region), inArray(rectificationItems.projectId, ids)))
        .groupBy(rectificationItems.projectId)
    : [];
  const problemOf = new Map(problems.map((p) => [p.projectId, p.n]));
  const planned = await ctx.db
    .select({
      projectId: keyEvaluations.projectId,
      departmentId: keyEvaluations.departmentId,
      objectType: keyEvaluations.objectType,
    })
    .from(keyEvaluations)
    .where(
      and(
        eq(keyEvaluations.regionCode, region),
        eq(keyEvaluations.year, q.year),
        ne(keyEvaluations.stage, 'cancelled'),
      ),
    );
  const plannedProjects = new Set(planned.map((p) => p.projectId));
  const criteria = { minAmount: Math.round(q.minAmountWan * 1_000_000), minYears: q.minYears };
  const projectCandidates = rows
    .map(({ p, unitName }) => {
      const amount = p.adjustedAmount ?? p.approvedAmount ?? p.requestedAmount;
      const reasons = candidateReasons({ ...p, amount, problemCount: problemOf.get(p.id) ?? 0 }, criteria);
      return {
        projectId: p.id,
        name: p.name,
        unitName,
        budgetType: p.budgetType,
        isPolicy: p.isPolicy,
        amount,
        reasons: reasons.map((r) => CANDIDATE_REASON_LABELS[r]),
        planned: plannedProjects.has(p.id),
      };
    })
    .filter((c) => c.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length || b.amount - a.amount)
    .slice(0, 100);
  const departments = await ctx.db
    .select({
      departmentId: projects.departmentId,
      name: orgUnits.name,
      amount: sql<number>`sum(coalesce(${projects.adjustedAmount}, ${projects.approvedAmount}, 0))`.mapWith(Number),
      projectCount: count(),
    })
    .from(projects)
    .innerJoin(orgUnits, eq(orgUnits.id, projects.departmentId))
    .where(and(eq(projects.regionCode, region), eq(projects.year, evaluatedYear)))
    .groupBy(projects.departmentId, orgUnits.name)
    .orderBy(desc(sql`4`))
    .limit(10);
  const plannedDepts = new Set(planned.filter((p) => p.objectType === 'department').map((p) => p.departmentId));
  return {
    evaluatedYear,
    projects: projectCandidates,
    departments: departments.map((d) => ({
      ...d,
      reasons: ['部门支出规模大'],
      planned: plannedDepts.has(d.departmentId),
    })),
  };
}
