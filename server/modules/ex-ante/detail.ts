import { and, count, eq } from 'drizzle-orm';
import { type AssessmentStatus, MATERIALS, type TAssessmentListQuery } from '../../../core/contracts/ex-ante';
import { conclusionFromScore } from '../../../core/rules/ex-ante/conclusion';
import { checkConflict } from '../../../core/rules/ex-ante/conflict';
import { checkCostLine } from '../../../core/rules/ex-ante/cost-lines';
import { scorePanel } from '../../../core/rules/ex-ante/panel-score';
import type { ScoringTemplate } from '../../../core/rules/ex-ante/template-types';
import { checkUnitCost } from '../../../core/rules/ex-ante/unit-cost';
import { attachments } from '../../db/schema/index';
import type { Ctx } from '../../platform/context';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { findExpertByUser } from '../experts/service';
import { getRules } from '../rule-sets/service';
import { ENTITY, missingForSubmit } from './application';
import { explainGate, gateState, projectNeed } from './gate';
import { allowedActions, financeOnly } from './policy';
import * as repo from './repo';
import { currentTemplate } from './templates';

export function listAssessments(ctx: Ctx, f: TAssessmentListQuery) {
  if (ctx.actor.role === 'agency') throw new AppError('FORBIDDEN', '当前角色无权查看事前评估');
  return repo.listAssessments(ctx.db, ctx.actor, f);
}

/**
 * Projects the caller could open an assessment for, with the rule's verdict. They have no assessment yet, so the
 * verdict is the gate's without one: one rule lookup for the region's year instead of three queries per project.
 */
export async function listCandidates(ctx: Ctx, year: number) {
  const rows = await repo.projectsWithoutAssessment(ctx.db, ctx.actor, year);
  const rules = await getRules(ctx.db, ctx.actor.regionCode, year, 'exAnte');
  return rows.map((p) => {
    const need = projectNeed(p, rules);
    return { ...p, required: need.required, assessor: need.assessor, reason: need.reason };
  });
}

function costAnalysis(
  row: repo.AssessmentRow,
  lines: repo.CostLineRow[],
  rules: Awaited<ReturnType<typeof gateState>>['rules'],
) {
  const flagged = lines.map((l) => ({
    ...l,
    issues: checkCostLine(
      {
        name: l.name,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        amount: l.amount,
        basis: l.basis as 'quota',
        benchmarkUnitPrice: l.benchmarkUnitPrice ?? undefined,
      },
      rules,
    ),
  }));
  const total = lines.reduce((acc, l) => acc + l.amount, 0);
  const unit =
    row.outputQuantity && row.outputQuantity > 0
      ? checkUnitCost(
          {
            totalCost: total,
            outputQuantity: row.outputQuantity,
            benchmarkUnitCost: row.benchmarkUnitCost ?? undefined,
            historyUnitCost: row.historyUnitCost ?? undefined,
          },
          rules,
        )
      : null;
  return {
    lines: flagged,
    total,
    unitCost: unit?.ok ? unit.value.unitCost : null,
    unitCostIssues: unit?.ok ? unit.value.issues : [],
    flaggedLines: flagged.filter((l) => l.issues.length > 0).length,
  };
}

/** Everything the assessment page shows, filtered to what the caller may see. */
export async function getAssessment(ctx: Ctx, id: number) {
  const row = found(await repo.findVisible(ctx.db, ctx.actor, id), '事前评估');
  const summary = found(await repo.findSummary(ctx.db, id));
  const project = found(await repo.findProject(ctx.db, row.regionCode, row.projectId), '项目');
  const s = await gateState(ctx.db, project);
  const template =
    (row.template as ScoringTemplate | null) ??
    (await currentTemplate(ctx.db, row.regionCode, row.year, row.templateKind as 'project')).template;
  const seats = await repo.panel(ctx.db, id);
  const me = ctx.actor.role === 'expert' ? await findExpertByUser(ctx.db, row.regionCode, ctx.actor.userId) : undefined;
  const finance = financeOnly(ctx.actor) || ctx.actor.role === 'leader';
  const concluded = row.status === 'concluded';
  const visibleSeats = seats
    .filter((seat) => finance || concluded || seat.expertId === me?.id)
    .map((seat) => ({ ...seat, mine: seat.expertId === me?.id }));
  const submitted = seats.filter((x) => x.status === 'submitted');
  const preview =
    submitted.length > 0 && finance
      ? scorePanel(
          template,
          submitted.map((x) => ({ expertId: String(x.expertId), scores: x.scores })),
          s.rules,
        )
      : null;
  const uploads = await ctx.db
    .select({ slot: attachments.slot, n: count() })
    .from(attachments)
    .where(and(eq(attachments.ownerEntity, ENTITY), eq(attachments.ownerId, id)))
    .groupBy(attachments.slot);
  const materials = MATERIALS.map((m) => ({ ...m, uploaded: uploads.find((u) => u.slot === m.code)?.n ?? 0 }));
  const lines = await repo.costLines(ctx.db, id);
  const mySeat = seats.find((seat) => seat.expertId === me?.id);
  const gate = await explainGate(ctx.db, project);
  return {
    ...row,
    ...summary,
    project: {
      id: project.id,
      code: project.code,
      name: project.name,
      status: project.status,
      budgetType: project.budgetType,
      isNew: project.isNew,
      isPolicy: project.isPolicy,
      approvedAmount: project.approvedAmount,
      description: project.description,
    },
    need: s.need,
    gate,
    template,
    materials,
    missing: row.status === 'draft' || row.status === 'returned' ? await missingForSubmit(ctx.db, row) : [],
    cost: costAnalysis(row, lines, s.rules),
    panel: visibleSeats,
    progress: { total: seats.length, submitted: submitted.length },
    preview: preview?.ok
      ? {
          ...preview.value,
          band: conclusionFromScore(preview.value.score, s.rules),
          complete: submitted.length === seats.length,
        }
      : null,
    bands: s.rules.conclusionBands,
    trim: s.rules.panel,
    cutAmount: row.recommendedAmount === null ? null : row.requestedAmount - row.recommendedAmount,
    allowedActions: allowedActions(ctx.actor, {
      status: row.status as AssessmentStatus,
      submittedSheets: submitted.length,
      ownSeatOpen: mySeat !== undefined && mySeat.status !== 'submitted',
      canEnterLibrary: concluded && gate.open && ['draft', 'pendingAssessment'].includes(project.status),
    }),
  };
}

/** Conflict status of each pool expert for this assessment (panel picker). */
export function conflictsFor(
  row: { unitId: number; departmentId: number },
  e: { id: number; unitId: number | null; departmentId: number | null; name: string },
) {
  const check = checkConflict(
    {
      id: String(e.id),
      name: e.name,
      unitId: e.unitId === null ? null : String(e.unitId),
      departmentId: e.departmentId === null ? null : String(e.departmentId),
    },
    { unitId: String(row.unitId), departmentId: String(row.departmentId) },
  );
  return check.ok ? null : check.message;
}

registerDocument(ENTITY, {
  label: '事前评估',
  canRead: async (ctx, id) => (await repo.findVisible(ctx.db, ctx.actor, id)) !== undefined,
  canAttach: async (ctx, id) => {
    const row = await repo.findVisible(ctx.db, ctx.actor, id);
    if (!row) return false;
    const applicant = ctx.actor.role === 'unit' || financeOnly(ctx.actor);
    return applicant && ['draft', 'returned', 'submitted'].includes(row.status);
  },
});
