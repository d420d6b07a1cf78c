/**
 * Demo project library and performance targets: 2024 completed, 2025 executing (approved targets, ~20 key
 * projects, a few mid-year adjustments), 2026 declarations under way (draft / submitted / returned / approved).
 * Set-based: a handful of multi-row inserts.
 */
import { projects, tasks } from '../../db/schema/index';
import { seedIndicatorLibrary } from './indicator-library';
import { type PlannedProject, planProjects } from './projects-plan';
import { insertProjectSteps, insertTargets, type TargetPlan } from './projects-rows';
import type { SeedContext } from './types';

const WAN = 1_000_000;

type Row = typeof projects.$inferInsert;

function declarationStatus(p: PlannedProject, r: number): TargetPlan['status'] {
  if (p.requested >= 500 * WAN && p.isNew) return r < 0.5 ? 'submitted' : 'departmentApproved';
  if (p.flaw) return r < 0.5 ? 'draft' : 'returned';
  if (r < 0.2) return 'draft';
  if (r < 0.4) return 'submitted';
  if (r < 0.5) return 'departmentApproved';
  if (r < 0.6) return 'returned';
  return 'approved';
}

/** Makes sure a handful of 2026 new projects are large enough (≥ 500万元) for ex-ante assessment. */
function ensureLargeNew(plan: PlannedProject[], random: () => number) {
  const large = plan.filter((p) => p.year === 2026 && p.isNew && p.requested >= 500 * WAN);
  const candidates = plan.filter(
    (p) => p.year === 2026 && p.isNew && p.requested < 500 * WAN && p.template.amountWan.max >= 500,
  );
  for (const p of candidates.slice(0, Math.max(0, 10 - large.length))) {
    const top = Math.min(p.template.amountWan.max, 2000);
    p.requested = Math.round(500 + random() * (top - 500)) * WAN;
  }
}

export async function seedProjects(s: SeedContext) {
  const { tx, regionCode, random } = s;
  const libraryIds = await seedIndicatorLibrary(s);
  const plan = planProjects(random);
  ensureLargeNew(plan, random);
  const org = (code: string) => s.orgIds.get(code);
  const valid = plan.filter((p) => org(p.unitCode) !== undefined && org(p.deptCode) !== undefined);
  const keyProjects = new Set(
    valid
      .filter((p) => p.year === 2025)
      .sort((a, b) => b.requested - a.requested)
      .filter((_, i) => i % 2 === 0)
      .slice(0, 20)
      .map((p) => p.key),
  );
  const ids = new Map<number, number>();
  const targetPlans: TargetPlan[] = [];
  for (const year of [2024, 2025, 2026]) {
    const list = valid.filter((p) => p.year === year);
    const statuses = list.map((p) => (year === 2026 ? declarationStatus(p, random()) : 'approved'));
    const rows: Row[] = list.map((p, i) => {
      const cut = year < 2026 && random() < 0.3 ? 0.9 + random() * 0.08 : 1;
      const approved = year < 2026 ? Math.round((p.requested * cut) / 1000) * 1000 : null;
      const large = year === 2026 && p.isNew && p.requested >= 500 * WAN;
      const status =
        year === 2024
          ? 'completed'
          : year === 2025
            ? 'executing'
            : large
              ? 'pendingAssessment'
              : statuses[i] === 'approved'
                ? 'inLibrary'
                : 'draft';
      const upper = p.template.budgetType === 'general' && random() < 0.2 ? Math.round(p.requested * 0.4) : 0;
      return {
        regionCode,
        year,
        code: p.code,
        name: p.name,
        unitId: org(p.unitCode) ?? 0,
        departmentId: org(p.deptCode) ?? 0,
        fieldCode: p.template.fieldCode,
        budgetType: p.template.budgetType,
        projectKind: p.template.kind,
        isNew: p.isNew,
        startYear: p.startYear,
        endYear: p.endYear,
        totalAmount: p.template.kind === 'continuing' ? p.requested * (p.endYear - p.startYear + 1) : p.requested,
        requestedAmount: p.requested,
        approvedAmount: approved,
        adjustedAmount: approved,
        fundSources:
          upper > 0
            ? [
                { source: '上级转移支付', amount: upper },
                { source: '本级财政资金', amount: p.requested - upper },
              ]
            : [{ source: '本级财政资金', amount: p.requested }],
        description: p.goal,
        status,
        keyProject: keyProjects.has(p.key),
        previousProjectId: p.prevKey === null ? null : (ids.get(p.prevKey) ?? null),
        createdBy: s.userIds.get(`u${p.unitCode}`) ?? null,
        createdAt: `${year - 1}-09-${String(10 + (i % 15)).padStart(2, '0')}T09:00:00+08:00`,
        updatedAt: `${year - 1}-09-${String(10 + (i % 15)).padStart(2, '0')}T09:00:00+08:00`,
      };
    });
    if (rows.length === 0) continue;
    const inserted = await tx.insert(projects).values(rows).returning({ id: projects.id, status: projects.status });
    list.forEach((p, i) => {
      ids.set(p.key, inserted[i].id);
      targetPlans.push({ project: p, projectId: inserted[i].id, row: rows[i], status: statuses[i] });
    });
  }
  await insertProjectSteps(s, targetPlans);
  const openTargets = await insertTargets(s, targetPlans, libraryIds);
  if (openTargets.length > 0) await tx.insert(tasks).values(openTargets);
}
