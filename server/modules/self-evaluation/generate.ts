import { selfEvaluationIndicators, selfEvaluations } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { openTask } from '../../platform/inbox';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import { latestPaidByProject } from '../monitoring/read-for-self-evaluation';
import { getRules } from '../rule-sets/service';
import * as repo from './repo';
import { scoreStored } from './scoring';

/**
 * Creates the pre-filled self-evaluation forms of a year (finance: every eligible project; unit: one of its own):
 * budget block from the project, 全年执行数 from the latest monitoring entry, indicator rows from the current target.
 */
export async function createSelfEvaluations(ctx: Ctx, input: { year: number; projectId?: number }) {
  assertRole(ctx.actor, ['admin', 'finance', 'unit'], '生成自评表');
  if (ctx.actor.role === 'unit' && !input.projectId) throw new AppError('VALIDATION_FAILED', '请选择项目');
  return write(ctx, async (tx) => {
    const eligible = await repo.findEligibleProjects(tx, ctx.actor, input.year, input.projectId);
    if (input.projectId && eligible.length === 0)
      throw new AppError('CONFLICT', '该项目没有已批复的绩效目标，或已生成自评表');
    if (eligible.length === 0) return { created: 0, ids: [] as number[] };
    const projectIds = eligible.map((e) => e.project.id);
    const previousIds = eligible.map((e) => e.project.previousProjectId).filter((v): v is number => v !== null);
    const paid = await latestPaidByProject(tx, projectIds);
    const targetRows = await repo.findTargetIndicators(
      tx,
      eligible.map((e) => e.targetId),
    );
    const lastYear = await repo.lastYearActuals(tx, previousIds);
    const rules = await getRules(tx, ctx.actor.regionCode, input.year, 'scoring');
    const forms = eligible.map((e) => {
      const annualBudget = e.project.adjustedAmount ?? e.project.approvedAmount ?? 0;
      const executedAmount = paid.get(e.project.id) ?? 0;
      const rows = targetRows.filter((t) => t.targetId === e.targetId);
      const score = scoreStored(
        { annualBudget, executedAmount },
        rows.map((r) => ({ ...r, actualNumber: null, qualitativeLevel: null, claimedScore: null })),
        rules,
      );
      return {
        values: {
          regionCode: ctx.actor.regionCode,
          year: input.year,
          projectId: e.project.id,
          targetId: e.targetId,
          unitId: e.project.unitId,
          departmentId: e.project.departmentId,
          initialBudget: e.project.approvedAmount ?? 0,
          annualBudget,
          executedAmount,
          overallGoal: e.overallGoal,
          executionRate: score.executionRate,
          total: score.total,
          grade: score.grade,
          createdBy: ctx.actor.userId,
        },
        rows,
        previousProjectId: e.project.previousProjectId,
      };
    });
    const inserted = await tx
      .insert(selfEvaluations)
      .values(forms.map((f) => f.values))
      .returning();
    const idOf = new Map(inserted.map((r) => [r.projectId, r.id]));
    const indicatorValues = forms.flatMap((f) => {
      const parentId = idOf.get(f.values.projectId) ?? 0;
      return f.rows.map((r, i) => ({
        regionCode: ctx.actor.regionCode,
        selfEvaluationId: parentId,
        sort: i,
        level1: r.level1,
        level2: r.level2,
        name: r.name,
        operator: r.operator,
        targetValue: r.targetValue,
        targetNumber: r.targetNumber,
        unit: r.unit,
        weight: r.weight,
        lastYearActual: lastYear.find((l) => l.projectId === f.previousProjectId && l.name === r.name)?.actual ?? null,
      }));
    });
    if (indicatorValues.length) await tx.insert(selfEvaluationIndicators).values(indicatorValues);
    for (const row of inserted) {
      await audit(tx, ctx, { entity: 'selfEvaluation', entityId: row.id, action: 'create', after: row });
      await openTask(tx, {
        regionCode: ctx.actor.regionCode,
        kind: 'selfEvaluation.fill',
        title: `填报${row.year}年度项目支出绩效自评表`,
        entity: 'selfEvaluation',
        entityId: row.id,
        link: `/evaluation/self-evaluations/${row.id}`,
        assigneeRole: 'unit',
        assigneeOrgId: row.unitId,
      });
    }
    return { created: inserted.length, ids: inserted.map((r) => r.id) };
  });
}
