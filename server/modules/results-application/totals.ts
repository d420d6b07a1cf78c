import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import type { TResultsTotals } from '../../../core/contracts/results-application';
import { resultsLines, resultsRuns } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import * as evidence from './evidence';
import { projectsInScope, scopedLines } from './repo';

/**
 * Totals of a work year for the annual report, computed from rows: cuts from accepted results lines,
 * ex-ante cuts (assessments concluded in the work year), monitoring
 * recoveries, and next year's budgets given priority. With an `actor` below the region (a department), only the
 * rows of its own projects count, like its list of lines.
 */
export async function resultsTotals(
  db: DbOrTx,
  regionCode: string,
  year: number,
  actor?: Actor,
): Promise<TResultsTotals> {
  const [r] = await db
    .select({
      cuts: sql<number>`coalesce(sum(-${resultsLines.finalChange}) filter (where ${resultsLines.finalChange} < 0), 0)`.mapWith(
        Number,
      ),
      cutProjects: sql<number>`count(*) filter (where ${resultsLines.finalChange} < 0)`.mapWith(Number),
      prioritised:
        sql<number>`coalesce(sum(${resultsLines.budgetBefore} + ${resultsLines.finalChange}) filter (where ${resultsLines.finalAction} = 'prioritise'), 0)`.mapWith(
          Number,
        ),
      prioritisedProjects: sql<number>`count(*) filter (where ${resultsLines.finalAction} = 'prioritise')`.mapWith(
        Number,
      ),
    })
    .from(resultsLines)
    .innerJoin(resultsRuns, eq(resultsRuns.id, resultsLines.runId))
    .where(
      and(
        eq(resultsRuns.regionCode, regionCode),
        eq(resultsRuns.year, year),
        sql`${resultsLines.decision} <> 'pending'`,
        actor ? scopedLines(actor) : undefined,
      ),
    );
  const own = await projectsInScope(db, actor);
  const exAnte = (await evidence.exAnte(db, regionCode, year)).filter((e) => !own || own.has(e.projectId));
  const monitoring = [...(await evidence.monitoring(db, regionCode, year)).entries()].filter(
    ([projectId]) => !own || own.has(projectId),
  );
  return {
    year,
    cutsFromResults: r?.cuts ?? 0,
    cutProjects: r?.cutProjects ?? 0,
    exAnteCuts: exAnte.reduce((s, e) => s + Math.max(0, e.requested - e.recommended), 0),
    exAnteAssessments: exAnte.length,
    recoveries: monitoring.reduce((s, [, m]) => s + m.recovered, 0),
    prioritisedAmount: r?.prioritised ?? 0,
    prioritisedProjects: r?.prioritisedProjects ?? 0,
  };
}

/** resultsTotals(…).cutsFromResults as a one-row subquery (cut), for the annual report's single statement. */
export function resultsCutSql(regionCode: string, year: number): SQL {
  const l = resultsLines;
  const r = resultsRuns;
  return sql`select coalesce(sum(-${l.finalChange}) filter (where ${l.finalChange} < 0), 0) as cut
    from ${l} join ${r} on ${r.id} = ${l.runId}
    where ${r.regionCode} = ${regionCode} and ${r.year} = ${year} and ${l.decision} <> 'pending'`;
}
