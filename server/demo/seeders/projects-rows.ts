/** Row builders of the demo project seeder: status steps, target versions, indicator rows, inbox tasks. */
import { projectSteps, type projects, targetIndicators, targets, type tasks } from '../../db/schema/index';
import type { PlannedProject } from './projects-plan';
import { flawComments } from './projects-targets';
import type { SeedContext } from './types';

export interface TargetPlan {
  project: PlannedProject;
  projectId: number;
  row: typeof projects.$inferInsert;
  status: 'draft' | 'submitted' | 'departmentApproved' | 'returned' | 'approved';
}

const at = (date: string) => `${date}T10:00:00+08:00`;

/** who/when of every status step the demo projects went through. */
export async function insertProjectSteps(s: SeedContext, plans: TargetPlan[]) {
  const rows: (typeof projectSteps.$inferInsert)[] = [];
  const finance = { actorId: s.userIds.get('finance') ?? null, actorName: '王晓丽' };
  for (const { project: p, projectId, row } of plans) {
    const y = p.year;
    const unit = { actorId: s.userIds.get(`u${p.unitCode}`) ?? null, actorName: `${p.unitName.slice(0, 12)}填报员` };
    const step = (from: string | null, to: string, date: string, who: typeof unit, reason: string | null = null) =>
      rows.push({ projectId, fromStatus: from, toStatus: to, ...who, reason, at: at(date) });
    step(null, 'draft', `${y - 1}-09-15`, unit, '项目申报');
    if (y === 2026) {
      if (row.status !== 'draft') step('draft', String(row.status), `${y - 1}-11-20`, finance);
      continue;
    }
    step('draft', 'inLibrary', `${y - 1}-11-20`, finance, '审核入库');
    step('inLibrary', 'budgeted', `${y}-01-10`, finance, '人代会批复预算');
    step('budgeted', 'executing', `${y}-01-20`, finance, '预算指标下达');
    if (y === 2024) step('executing', 'completed', `${y + 1}-01-15`, finance, '项目实施完毕');
  }
  for (let i = 0; i < rows.length; i += 2000) await s.tx.insert(projectSteps).values(rows.slice(i, i + 2000));
}

const returnComments = ['部分绩效指标设置不合理，请按逐项意见修改后重新提交', '请按审核意见完善绩效指标后重新报送'];

/**
 * Inserts one current target per project (2025: a few with a mid-year adjustment as version 2) with its
 * indicator rows; returns the inbox tasks of the 2026 declarations still in the workflow.
 */
export async function insertTargets(s: SeedContext, plans: TargetPlan[], libraryIds: Map<number, Map<string, number>>) {
  type TargetRow = typeof targets.$inferInsert;
  const rows: { row: TargetRow; plan: TargetPlan; adjusted: boolean }[] = [];
  plans.forEach((plan, i) => {
    const { project: p, projectId, row: pr, status } = plan;
    const y = p.year;
    const base: TargetRow = {
      regionCode: s.regionCode,
      projectId,
      year: y,
      unitId: pr.unitId,
      departmentId: pr.departmentId,
      overallGoal: p.goal,
      annualGoal: p.goal,
      status,
      submittedAt: status === 'draft' ? null : at(`${y - 1}-10-${String(8 + (i % 20)).padStart(2, '0')}`),
      approvedAt: status === 'approved' ? at(y === 2026 ? '2025-11-18' : `${y - 1}-11-18`) : null,
      returnComment: status === 'returned' ? returnComments[i % 2] : null,
      createdBy: pr.createdBy,
      createdAt: at(`${y - 1}-09-16`),
      updatedAt: at(`${y - 1}-11-18`),
    };
    const adjust = y === 2025 && i % 41 === 7;
    if (adjust) rows.push({ row: { ...base, isCurrent: false }, plan, adjusted: false });
    const adjusted: TargetRow = {
      ...base,
      versionNo: 2,
      adjustReason: '年中预算调整，相应调整产出数量目标',
      approvedAt: at('2025-07-15'),
    };
    rows.push({ row: adjust ? adjusted : base, plan, adjusted: adjust });
  });
  const inserted = await s.tx
    .insert(targets)
    .values(rows.map((r) => r.row))
    .returning({ id: targets.id });
  const indicatorRows: (typeof targetIndicators.$inferInsert)[] = [];
  const taskRows: (typeof tasks.$inferInsert)[] = [];
  rows.forEach(({ plan, row, adjusted }, i) => {
    const targetId = inserted[i].id;
    const lib = libraryIds.get(plan.project.year);
    const flawIndex = plan.project.flaw ? flawIndexOf(plan.project) : 0;
    plan.project.indicators.forEach((ind, sort) => {
      const shrink = adjusted && ind.level2 === 'quantity' && ind.targetNumber !== null && ind.targetNumber > 10;
      const value = shrink && ind.targetNumber !== null ? String(Math.round(ind.targetNumber * 0.9)) : ind.targetValue;
      indicatorRows.push({
        regionCode: s.regionCode,
        targetId,
        sort,
        level1: ind.level1,
        level2: ind.level2,
        name: ind.name,
        operator: ind.operator,
        targetValue: value,
        targetNumber: ind.targetNumber === null ? null : Number(value),
        unit: ind.unit,
        weight: ind.weight,
        basis: ind.basis,
        libraryIndicatorId: ind.libraryName ? (lib?.get(ind.libraryName) ?? null) : null,
        reviewComment:
          row.status === 'returned' && sort === flawIndex
            ? plan.project.flaw
              ? flawComments[plan.project.flaw]
              : '目标值偏低，请结合项目预算规模细化量化目标'
            : null,
      });
    });
    const link = `/targets/${targetId}`;
    const title = `${plan.project.name}绩效目标`;
    // Department review opens at submission; finance review and a return come with the row's last step.
    const common = {
      regionCode: s.regionCode,
      entity: 'target',
      entityId: targetId,
      link,
      createdAt: row.submittedAt ?? undefined,
    };
    const later = { createdAt: row.updatedAt ?? undefined };
    if (row.status === 'submitted')
      taskRows.push({
        ...common,
        kind: 'targetDepartmentReview',
        title: `审核${title}`,
        assigneeRole: 'department',
        assigneeOrgId: row.departmentId,
      });
    if (row.status === 'departmentApproved')
      taskRows.push({
        ...common,
        ...later,
        kind: 'targetFinanceReview',
        title: `审核${title}`,
        assigneeRole: 'finance',
      });
    if (row.status === 'returned')
      taskRows.push({
        ...common,
        ...later,
        kind: 'targetRevise',
        title: `修改${title}（已退回）`,
        assigneeRole: 'unit',
        assigneeOrgId: row.unitId,
        flavor: 'returned',
        note: row.returnComment ?? null,
      });
  });
  for (let i = 0; i < indicatorRows.length; i += 2000) {
    await s.tx.insert(targetIndicators).values(indicatorRows.slice(i, i + 2000));
  }
  return taskRows;
}

function flawIndexOf(p: PlannedProject): number {
  const i = p.indicators.findIndex((ind, k) => {
    if (p.flaw === 'costGte') return ind.level2 === 'cost' && ind.operator === '≥';
    if (p.flaw === 'qualitative') return ind.operator === '定性';
    if (p.flaw === 'duplicate') return p.indicators.findIndex((o) => o.name === ind.name) !== k;
    if (p.flaw === 'noBenefit') return ind.level1 === 'output';
    return ind.level2 === 'quantity';
  });
  return Math.max(0, i);
}
