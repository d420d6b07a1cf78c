import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { TStatistics, TStatisticsRow } from '../../../core/contracts/ex-ante';
import { type AssessmentConclusion, assessmentConclusionLabels } from '../../../core/rules/ex-ante/rules';
import { exAnteAssessments as a, fields, orgUnits } from '../../db/schema/index';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { scopeWhere } from '../../platform/scope';

const sums = {
  count: sql<number>`count(*)`.mapWith(Number),
  requested: sql<number>`coalesce(sum(${a.requestedAmount}), 0)`.mapWith(Number),
  recommended: sql<number>`coalesce(sum(${a.recommendedAmount}), 0)`.mapWith(Number),
};

function toRow(
  key: string,
  label: string,
  r: { count: number; requested: number; recommended: number },
): TStatisticsRow {
  return {
    key,
    label,
    count: r.count,
    requested: r.requested,
    recommended: r.recommended,
    cut: r.requested - r.recommended,
  };
}

async function grouped(db: DbOrTx, where: SQL, col: typeof a.departmentId | typeof a.fieldCode | typeof a.conclusion) {
  return db
    .select({ key: col, ...sums })
    .from(a)
    .where(where)
    .groupBy(col);
}

/** Per year: assessments concluded, requested / recommended / cut totals by department, field and conclusion. */
export async function assessmentStatistics(ctx: Ctx, year: number): Promise<TStatistics> {
  if (!['admin', 'finance', 'leader', 'department'].includes(ctx.actor.role)) {
    throw new AppError('FORBIDDEN', '当前角色无权查看事前评估统计');
  }
  const scope = scopeWhere(ctx.actor, { region: a.regionCode, department: a.departmentId, unit: a.unitId });
  const concluded = and(scope, eq(a.year, year), eq(a.status, 'concluded')) as SQL;
  const [total] = await ctx.db.select(sums).from(a).where(concluded);
  const [progress] = await ctx.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(a)
    .where(and(scope, eq(a.year, year), sql`${a.status} <> 'concluded'`));
  const depts = await ctx.db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, ctx.actor.regionCode), eq(orgUnits.kind, 'department')));
  const fieldRows = await ctx.db
    .select({ code: fields.code, name: fields.name })
    .from(fields)
    .where(eq(fields.regionCode, ctx.actor.regionCode));
  const deptName = new Map(depts.map((d) => [String(d.id), d.name]));
  const fieldName = new Map(fieldRows.map((f) => [f.code, f.name]));
  const byCut = (x: TStatisticsRow, y: TStatisticsRow) => y.cut - x.cut || y.requested - x.requested;
  return {
    year,
    total: toRow('total', '合计', total ?? { count: 0, requested: 0, recommended: 0 }),
    byDepartment: (await grouped(ctx.db, concluded, a.departmentId))
      .map((r) => toRow(String(r.key), deptName.get(String(r.key)) ?? String(r.key), r))
      .sort(byCut),
    byField: (await grouped(ctx.db, concluded, a.fieldCode))
      .map((r) => toRow(String(r.key), fieldName.get(String(r.key)) ?? String(r.key), r))
      .sort(byCut),
    byConclusion: (await grouped(ctx.db, concluded, a.conclusion)).map((r) =>
      toRow(String(r.key), assessmentConclusionLabels[r.key as AssessmentConclusion] ?? String(r.key), r),
    ),
    inProgress: progress?.n ?? 0,
  };
}
