import { and, eq, inArray } from 'drizzle-orm';
import { keyEvaluationFindings, type keyEvaluations, orgUnits } from '../../db/schema/index';
import { raiseRectifications } from '../../modules/rectification/raise';
import { keyEvaluationFindings as findingTexts } from '../catalog/index';
import { seedFinanceActor } from './seed-actor';
import type { SeedContext } from './types';

/** Findings of finished evaluations (and of the one in exchange, not yet raised). */
export async function raiseSeedFindings(
  s: SeedContext,
  list: { kind: string; stage: string; row: typeof keyEvaluations.$inferSelect }[],
) {
  const { tx, regionCode } = s;
  const withFindings = list.filter((l) => l.stage !== 'planned' && l.stage !== 'fieldWork');
  const deptIds = withFindings.filter((l) => l.row.unitId === null).map((l) => l.row.departmentId);
  const deptUnits = deptIds.length
    ? await tx
        .select({ id: orgUnits.id, departmentId: orgUnits.departmentId, kind: orgUnits.kind })
        .from(orgUnits)
        .where(and(eq(orgUnits.regionCode, regionCode), inArray(orgUnits.departmentId, deptIds)))
    : [];
  const findings = withFindings.flatMap((l, k) => {
    const texts = findingTexts.filter((f) => f.evaluationType === l.kind);
    const unitId =
      l.row.unitId ?? deptUnits.find((u) => u.departmentId === l.row.departmentId && u.kind === 'budgetUnit')?.id;
    if (!unitId) return [];
    return texts.slice(0, 1 + (k % 2)).map((t, j) => ({
      evaluationId: l.row.id,
      unitId,
      problem: t.problem,
      requirement: t.suggestion,
      severity: j === 0 ? 'high' : 'medium',
      deadline: '2025-12-31',
      finished: l.stage === 'finalised' || l.stage === 'archived',
    }));
  });
  if (findings.length === 0) return;
  const inserted = await tx
    .insert(keyEvaluationFindings)
    .values(findings.map(({ finished: _f, ...f }) => f))
    .returning();
  const ctx = await seedFinanceActor(s);
  if (!ctx) return;
  const toRaise = inserted.filter((_, i) => findings[i].finished);
  const byEval = new Map(list.map((l) => [l.row.id, l.row]));
  const ids = await raiseRectifications(
    tx,
    ctx,
    toRaise.map((f) => {
      const row = byEval.get(f.evaluationId);
      return {
        year: 2025,
        source: 'keyEvaluation' as const,
        sourceEntity: 'keyEvaluation',
        sourceId: f.evaluationId,
        projectId: row?.projectId ?? null,
        unitId: f.unitId,
        problem: f.problem,
        requirement: f.requirement,
        severity: f.severity as 'high' | 'medium',
        deadline: f.deadline,
      };
    }),
  );
  for (const [i, f] of toRaise.entries())
    await tx.update(keyEvaluationFindings).set({ rectificationId: ids[i] }).where(eq(keyEvaluationFindings.id, f.id));
}
