import { and, eq } from 'drizzle-orm';
import { inScope } from '../../../core/access';
import { MATERIALS, type TApplicationInput, type TCostReviewInput } from '../../../core/contracts/ex-ante';
import { formatWanLabel } from '../../../core/money';
import { checkCostLine } from '../../../core/rules/ex-ante/cost-lines';
import type { TemplateKind } from '../../../core/rules/ex-ante/rules';
import { attachments } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError, found } from '../../platform/errors';
import { closeTasks, openTask } from '../../platform/inbox';
import { assertRole } from '../../platform/policy';
import { assertVersion, write } from '../../platform/tx';
import { gateState } from './gate';
import * as repo from './repo';

export const ENTITY = 'exAnteAssessment';
const link = (id: number) => `/ex-ante/assessments/${id}`;

/** Loads an assessment for a write: visible to the caller, locked, in one of the expected states. */
export async function loadForWrite(tx: DbOrTx, ctx: Ctx, id: number, states: string[], what: string) {
  found(await repo.findVisible(tx, ctx.actor, id), '事前评估');
  const row = found(await repo.lockAssessment(tx, ctx.actor.regionCode, id), '事前评估');
  if (!states.includes(row.status)) throw new AppError('INVALID_TRANSITION', `当前状态下不能${what}`);
  return row;
}

function defaultTemplateKind(p: { isPolicy: boolean; fundSources: { source: string }[] }): TemplateKind {
  if (p.isPolicy) return 'policy';
  return p.fundSources.some((f) => f.source.includes('专项债')) ? 'specialBond' : 'project';
}

/** Opens an assessment for a project: by its unit when the rule requires one, or by finance (指定评估). */
export async function createAssessment(ctx: Ctx, projectId: number) {
  assertRole(ctx.actor, ['unit', 'finance', 'admin'], '发起事前评估');
  return write(ctx, async (tx) => {
    const project = await repo.findProject(tx, ctx.actor.regionCode, projectId);
    if (!project || !inScope(ctx.actor, project)) throw new AppError('NOT_FOUND', '项目不存在或无权查看');
    const s = await gateState(tx, project);
    if (s.latest && !(s.latest.status === 'concluded' && s.latest.conclusion === 'reject')) {
      throw new AppError('DUPLICATE', '该项目已有事前评估，不能重复发起');
    }
    const finance = ctx.actor.role !== 'unit';
    if (!s.need.required && !finance) throw new AppError('VALIDATION_FAILED', `该项目无需事前评估：${s.need.reason}`);
    const row = await repo.insertAssessment(tx, {
      regionCode: project.regionCode,
      year: project.year,
      projectId: project.id,
      unitId: project.unitId,
      departmentId: project.departmentId,
      fieldCode: project.fieldCode,
      designated: !s.need.required,
      templateKind: defaultTemplateKind(project),
      requestedAmount: project.requestedAmount,
      createdBy: ctx.actor.userId,
    });
    await audit(tx, ctx, { entity: ENTITY, entityId: row.id, action: 'create', after: row, reason: s.need.reason });
    if (finance) {
      await openTask(tx, {
        regionCode: row.regionCode,
        kind: 'exAnteApply',
        title: `填报事前绩效评估申报材料：${project.name}`,
        entity: ENTITY,
        entityId: row.id,
        link: link(row.id),
        assigneeRole: 'unit',
        assigneeOrgId: row.unitId,
      });
    }
    return row;
  });
}

/** Validates every cost line (amount = quantity × unit price) before anything is written. */
function checkLines(input: TApplicationInput, rules: Awaited<ReturnType<typeof gateState>>['rules']) {
  const issues = input.costLines.flatMap((l, i) =>
    checkCostLine({ ...l }, rules).map((issue) => ({ ...issue, path: `costLines.${i}` })),
  );
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', issues.map((i) => i.message).join('；'), { issues });
}

/** Saves the unit's application (draft or returned). */
export async function saveApplication(ctx: Ctx, id: number, input: TApplicationInput) {
  assertRole(ctx.actor, ['unit', 'finance', 'admin'], '填报申报材料');
  return write(ctx, async (tx) => {
    const before = await loadForWrite(tx, ctx, id, ['draft', 'returned'], '修改申报材料');
    assertVersion(before.version, input.version);
    const project = found(await repo.findProject(tx, ctx.actor.regionCode, before.projectId), '项目');
    checkLines(input, (await gateState(tx, project)).rules);
    const { costLines, version: _v, ...fields } = input;
    await repo.replaceCostLines(
      tx,
      id,
      costLines.map((l, i) => ({ ...l, sort: i, assessmentId: id, regionCode: before.regionCode })),
    );
    const row = await repo.updateAssessment(tx, id, fields);
    await audit(tx, ctx, { entity: ENTITY, entityId: id, action: 'update', before, after: input });
    return row;
  });
}

async function uploadedSlots(tx: DbOrTx, id: number) {
  const rows = await tx
    .select({ slot: attachments.slot })
    .from(attachments)
    .where(and(eq(attachments.ownerEntity, ENTITY), eq(attachments.ownerId, id)));
  return new Set(rows.map((r) => r.slot));
}

/** What is still missing before the application can be submitted (Chinese, empty when complete). */
export async function missingForSubmit(tx: DbOrTx, row: repo.AssessmentRow) {
  const missing: string[] = [];
  const texts: [string, string][] = [
    [row.necessity, '立项必要性'],
    [row.implementationPlan, '实施方案'],
    [row.expectedBenefits, '预期效益'],
    [row.targetsDraft, '绩效目标（草案）'],
  ];
  for (const [value, label] of texts) if (!value.trim()) missing.push(`未填写${label}`);
  const lines = await repo.costLines(tx, row.id);
  const total = lines.reduce((acc, l) => acc + l.amount, 0);
  if (lines.length === 0) missing.push('未填写成本测算明细');
  else if (total !== row.requestedAmount) {
    missing.push(`成本测算合计${formatWanLabel(total)}与申请金额${formatWanLabel(row.requestedAmount)}不一致`);
  }
  const slots = await uploadedSlots(tx, row.id);
  for (const m of MATERIALS) if (m.required && !slots.has(m.code)) missing.push(`未上传${m.label}`);
  return missing;
}

/** The unit submits its application to finance. */
export async function submitApplication(ctx: Ctx, id: number) {
  assertRole(ctx.actor, ['unit', 'finance', 'admin'], '提交申报材料');
  return write(ctx, async (tx) => {
    const before = await loadForWrite(tx, ctx, id, ['draft', 'returned'], '提交');
    const missing = await missingForSubmit(tx, before);
    if (missing.length > 0)
      throw new AppError('VALIDATION_FAILED', `申报材料不完整：${missing.join('；')}`, { missing });
    const row = await repo.transitionAssessment(tx, before, {
      status: 'submitted',
      submittedAt: new Date().toISOString(),
    });
    await closeTasks(tx, { entity: ENTITY, entityId: id }, ctx.actor.userId);
    await openTask(tx, {
      regionCode: row.regionCode,
      kind: 'exAntePanel',
      title: '事前绩效评估申报待组建专家组',
      entity: ENTITY,
      entityId: id,
      link: link(id),
      assigneeRole: 'finance',
    });
    await audit(tx, ctx, { entity: ENTITY, entityId: id, action: 'submit', before: { status: before.status } });
    return row;
  });
}

/** Finance sends an incomplete application back to the unit with a reason. */
export async function returnApplication(ctx: Ctx, id: number, reason: string) {
  assertRole(ctx.actor, ['finance', 'admin'], '退回申报材料');
  return write(ctx, async (tx) => {
    const before = await loadForWrite(tx, ctx, id, ['submitted'], '退回');
    const row = await repo.transitionAssessment(tx, before, { status: 'returned', returnReason: reason });
    await closeTasks(tx, { entity: ENTITY, entityId: id }, ctx.actor.userId);
    await openTask(tx, {
      regionCode: row.regionCode,
      kind: 'exAnteApply',
      title: '事前绩效评估申报材料被退回',
      entity: ENTITY,
      entityId: id,
      link: link(id),
      assigneeRole: 'unit',
      assigneeOrgId: row.unitId,
      flavor: 'returned',
      note: reason,
    });
    await audit(tx, ctx, { entity: ENTITY, entityId: id, action: 'return', before: { status: before.status }, reason });
    return row;
  });
}

/** Finance enters benchmarks (标准单价 per line, 标杆单位成本) for the cost-benefit comparison. */
export async function reviewCost(ctx: Ctx, id: number, input: TCostReviewInput) {
  assertRole(ctx.actor, ['finance', 'admin'], '录入成本标准');
  return write(ctx, async (tx) => {
    const before = await loadForWrite(tx, ctx, id, ['submitted', 'scoring'], '录入成本标准');
    const lineIds = new Set((await repo.costLines(tx, id)).map((l) => l.id));
    for (const l of input.lines) {
      if (!lineIds.has(l.id)) throw new AppError('VALIDATION_FAILED', '成本明细行不存在');
    }
    for (const l of input.lines) await repo.setLineBenchmark(tx, id, l.id, l.benchmarkUnitPrice);
    const row = await repo.updateAssessment(tx, id, { benchmarkUnitCost: input.benchmarkUnitCost });
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: 'update',
      before: { benchmarkUnitCost: before.benchmarkUnitCost },
      after: input,
      reason: '录入成本对标标准',
    });
    return row;
  });
}
