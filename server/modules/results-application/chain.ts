import { and, eq, gte, lte } from 'drizzle-orm';
import { projects } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

export type ChainProject = Awaited<ReturnType<typeof loadProjects>>[number];

/** Projects of the years a run touches (evaluated year − 1 … target year), for walking previousProjectId. */
export async function loadProjects(db: DbOrTx, region: string, fromYear: number, toYear: number) {
  return db
    .select({
      id: projects.id,
      year: projects.year,
      name: projects.name,
      unitId: projects.unitId,
      departmentId: projects.departmentId,
      projectKind: projects.projectKind,
      requestedAmount: projects.requestedAmount,
      approvedAmount: projects.approvedAmount,
      previousProjectId: projects.previousProjectId,
    })
    .from(projects)
    .where(and(eq(projects.regionCode, region), gte(projects.year, fromYear), lte(projects.year, toYear)));
}

/** Walks a project forward (this year → next year …) along previousProjectId links. */
export function chainIndex(list: ChainProject[]) {
  const byId = new Map(list.map((p) => [p.id, p]));
  const next = new Map<number, ChainProject>();
  for (const p of list) if (p.previousProjectId !== null) next.set(p.previousProjectId, p);
  return {
    byId,
    /** The chain from the project up to (and including) targetYear; last element is in targetYear or missing. */
    forward(projectId: number, targetYear: number): ChainProject[] {
      const out: ChainProject[] = [];
      let cur = byId.get(projectId);
      while (cur && cur.year <= targetYear && out.length < 10) {
        out.push(cur);
        cur = next.get(cur.id);
      }
      return out;
    },
  };
}

/** The budget a proposal adjusts: approved if budgeted, else requested. */
export const budgetOf = (p: { approvedAmount: number | null; requestedAmount: number }) =>
  p.approvedAmount ?? p.requestedAmount;
