/** What the expert pool reads of 事前绩效评估: the panel seats an expert has not scored yet. */
import { and, asc, eq } from 'drizzle-orm';
import { exAnteAssessments as a, exAntePanelMembers as pm, projects } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

/** The first assessment still being scored where the expert's sheet is not in (its scoring task is open). */
export async function openSeatOf(db: DbOrTx, regionCode: string, expertId: number) {
  const [row] = await db
    .select({ assessmentId: a.id, projectName: projects.name })
    .from(pm)
    .innerJoin(a, eq(a.id, pm.assessmentId))
    .innerJoin(projects, eq(projects.id, a.projectId))
    .where(
      and(eq(pm.regionCode, regionCode), eq(pm.expertId, expertId), eq(pm.status, 'assigned'), eq(a.status, 'scoring')),
    )
    .orderBy(asc(a.id))
    .limit(1);
  return row;
}
