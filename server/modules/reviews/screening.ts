// 自评全覆盖筛查: the sixteen review checks over every submitted self-evaluation of a region's year, not only the
// sampled ones. The same statement as a batch's checks (checks-sql.ts, the samples swapped for the year's forms)
// counts each form's findings by severity and lists the checks that fired; texts are not built and nothing goes to
// the findings ledger: a form's findings become suggestions only when it is sampled and reviewed. Finance sees where
// the problems are before drawing a sample, sampling can take the flagged forms, and departments and units see their
// own forms' results (to put them right before the review group does).
import { and, asc, count, desc, eq, gt, max, type SQL, sql } from 'drizzle-orm';
import { type Actor, inScope } from '../../../core/access';
import type { TScreeningQuery } from '../../../core/contracts/reviews';
import { labelOf } from '../../../core/enums';
import { type ReviewCheckCode, reviewCheckCodes, reviewCheckLabels } from '../../../core/rules/review/index';
import { orgUnits, projects, reviewScreenings, selfEvaluations } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import { containsAny } from '../../platform/like';
import { queryRows } from '../../platform/optional-table';
import { assertRole } from '../../platform/policy';
import { queryNamed } from '../../platform/prepared';
import { scopeWhere } from '../../platform/scope';
import { write } from '../../platform/tx';
import { formFindingsQuery, screeningQuery } from './checks-sql';
import { withIndicatorNames } from './findings-list';
import { assertFinance } from './policy';
import { checkRulesAndPairs } from './text-pairs';

const rs = reviewScreenings;

/** A screened form's findings, all severities. */
const findings = sql`(${rs.p0} + ${rs.p1} + ${rs.p2})`;

/** The counts of a set of screened forms (the list's summary, the unit profile). */
const screenedCounts = {
  forms: count(),
  flagged: sql<number>`count(*) FILTER (WHERE ${findings} > 0)::int`,
  withP0: sql<number>`count(*) FILTER (WHERE ${rs.p0} > 0)::int`,
};

/**
 * Replaces the screening of a region's year with a new run under the year's review rules (one statement after the
 * near-duplicate pairs are brought up to date). Returns what it found.
 */
export async function screenYear(db: DbOrTx, regionCode: string, year: number, by: number | null) {
  const rules = await checkRulesAndPairs(db, regionCode, year);
  await db.delete(rs).where(and(eq(rs.regionCode, regionCode), eq(rs.year, year)));
  // Named: the text is the same on every call (region, year and rules are parameters).
  const result = await queryNamed(
    db,
    'reviews.screenYear',
    sql`WITH stored AS (INSERT INTO ${rs} (self_evaluation_id, region_code, year, unit_id, department_id, project_id,
                                          p0, p1, p2, codes, screened_by)
                        ${screeningQuery(regionCode, year, rules, by)}
                        RETURNING p0, p1, p2)
        SELECT count(*)::int AS forms, count(*) FILTER (WHERE p0 + p1 + p2 > 0)::int AS flagged,
               count(*) FILTER (WHERE p0 > 0)::int AS "withP0", coalesce(sum(p0 + p1 + p2), 0)::int AS findings
          FROM stored`,
  );
  const [row] = result.rows as { forms: number; flagged: number; withP0: number; findings: number }[];
  return { year, ...row };
}

/** Runs the screening of the caller's region for a year (finance), audited with what it found. */
export async function runScreening(ctx: Ctx, year: number) {
  assertFinance(ctx.actor, '运行自评全覆盖筛查');
  return write(ctx, async (tx) => {
    const summary = await screenYear(tx, ctx.actor.regionCode, year, ctx.actor.userId);
    await audit(tx, ctx, { entity: 'reviewScreening', entityId: year, action: 'run', after: summary });
    return summary;
  });
}

/** Whether a region's year was screened (a rule change then screens it again). */
export async function isScreened(db: DbOrTx, regionCode: string, year: number) {
  const [row] = await db
    .select({ id: rs.selfEvaluationId })
    .from(rs)
    .where(and(eq(rs.regionCode, regionCode), eq(rs.year, year)))
    .limit(1);
  return row !== undefined;
}

/** The screening counts of a year's forms (sampling by the screening's flags), by self-evaluation id. */
export async function screeningCounts(db: DbOrTx, regionCode: string, year: number) {
  const rows = await db
    .select({ id: rs.selfEvaluationId, p0: rs.p0, p1: rs.p1 })
    .from(rs)
    .where(and(eq(rs.regionCode, regionCode), eq(rs.year, year)));
  return new Map(rows.map((r) => [r.id, { p0: r.p0, p1: r.p1 }]));
}

/** A unit's screening results by year (the unit profile): forms screened, flagged, with P0, findings by severity. */
export async function unitScreening(db: DbOrTx, unitId: number) {
  return db
    .select({
      year: rs.year,
      ...screenedCounts,
      p0: sql<number>`sum(${rs.p0})::int`,
      p1: sql<number>`sum(${rs.p1})::int`,
      p2: sql<number>`sum(${rs.p2})::int`,
    })
    .from(rs)
    .where(eq(rs.unitId, unitId))
    .groupBy(rs.year)
    .orderBy(asc(rs.year));
}

/** Who reads the screening: the bureau, and departments and units for their own forms (not experts or agencies). */
function assertReader(actor: Actor) {
  assertRole(actor, ['admin', 'finance', 'leader', 'department', 'unit'], '查看自评全覆盖筛查结果');
}

type ScreeningFilter = Omit<TScreeningQuery, 'page' | 'pageSize'>;

const scope = (actor: Actor) =>
  scopeWhere(actor, { region: rs.regionCode, department: rs.departmentId, unit: rs.unitId });

function screeningWhere(actor: Actor, q: ScreeningFilter): SQL {
  const severity = q.severity && { P0: rs.p0, P1: rs.p1, P2: rs.p2 }[q.severity];
  return and(
    scope(actor),
    eq(rs.year, q.year),
    q.unitId ? eq(rs.unitId, q.unitId) : undefined,
    severity ? gt(severity, 0) : undefined,
    q.code ? sql`${q.code}::varchar = ANY(${rs.codes})` : undefined,
    q.clean === undefined ? undefined : q.clean ? sql`${findings} = 0` : sql`${findings} > 0`,
    q.keyword ? containsAny(q.keyword, [projects.name, projects.code]) : undefined,
  ) as SQL;
}

function screenedRows(db: DbOrTx) {
  return db
    .select({
      selfEvaluationId: rs.selfEvaluationId,
      unitId: rs.unitId,
      unitCode: orgUnits.code,
      unitName: orgUnits.name,
      projectCode: projects.code,
      projectName: projects.name,
      total: selfEvaluations.total,
      grade: selfEvaluations.grade,
      executionRate: selfEvaluations.executionRate,
      p0: rs.p0,
      p1: rs.p1,
      p2: rs.p2,
      codes: rs.codes,
      screenedAt: rs.screenedAt,
    })
    .from(rs)
    .innerJoin(selfEvaluations, eq(selfEvaluations.id, rs.selfEvaluationId))
    .innerJoin(projects, eq(projects.id, rs.projectId))
    .innerJoin(orgUnits, eq(orgUnits.id, rs.unitId));
}

const worstFirst = [desc(rs.p0), desc(rs.p1), desc(rs.p2), asc(orgUnits.code), asc(projects.code)];

/**
 * One page of a year's screened forms (worst first) with the filtered set's totals: forms, flagged forms, forms and
 * units with a P0 finding, forms per check, when it ran, and how many of the caller's submitted forms were submitted
 * or changed after it (the run is then out of date for them).
 */
export async function listScreening(ctx: Ctx, q: TScreeningQuery) {
  assertReader(ctx.actor);
  const { page, pageSize, ...filter } = q;
  const where = screeningWhere(ctx.actor, filter);
  const items = await screenedRows(ctx.db)
    .where(where)
    .orderBy(...worstFirst)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [totals] = await ctx.db
    .select({
      ...screenedCounts,
      withP1: sql<number>`count(*) FILTER (WHERE ${rs.p1} > 0)::int`,
      withP2: sql<number>`count(*) FILTER (WHERE ${rs.p2} > 0)::int`,
      unitsWithP0: sql<number>`count(DISTINCT ${rs.unitId}) FILTER (WHERE ${rs.p0} > 0)::int`,
      screenedAt: max(rs.screenedAt),
    })
    .from(rs)
    .innerJoin(projects, eq(projects.id, rs.projectId))
    .where(where);
  const perCode = await ctx.db
    .select({ code: sql<string>`c.code`, n: sql<number>`count(*)::int` })
    .from(rs)
    .innerJoin(projects, eq(projects.id, rs.projectId))
    .innerJoin(sql`unnest(${rs.codes}) AS c(code)`, sql`true`)
    .where(where)
    .groupBy(sql`c.code`);
  const byCode = new Map(perCode.map((c) => [c.code, c.n]));
  return {
    items,
    total: totals.forms,
    summary: { ...totals, changedSince: await changedSince(ctx, q.year) },
    byCode: Object.fromEntries(reviewCheckCodes.map((c) => [c, byCode.get(c) ?? 0])) as Record<ReviewCheckCode, number>,
  };
}

/** The caller's submitted forms of the year that the last run did not see as they are now (new or changed since). */
async function changedSince(ctx: Ctx, year: number) {
  const se = selfEvaluations;
  const [row] = await ctx.db
    .select({ n: count() })
    .from(se)
    .leftJoin(rs, eq(rs.selfEvaluationId, se.id))
    .where(
      and(
        scopeWhere(ctx.actor, { region: se.regionCode, department: se.departmentId, unit: se.unitId }),
        eq(se.year, year),
        sql`${se.status} <> 'draft'`,
        sql`(${rs.selfEvaluationId} IS NULL OR ${se.updatedAt} > ${rs.screenedAt})`,
      ),
    );
  return row.n;
}

/**
 * The findings of one form as the screening counts them, with their texts and indicator names, computed now (nothing
 * stored but the near-duplicate pairs cache): what a screened row's counts stand for, and a unit's check of a form
 * before the review group reads it. Any form the caller may see, draft included.
 */
export async function checkForm(ctx: Ctx, formId: number) {
  assertReader(ctx.actor);
  const se = selfEvaluations;
  const [form] = await ctx.db
    .select({ id: se.id, year: se.year, regionCode: se.regionCode, unitId: se.unitId, departmentId: se.departmentId })
    .from(se)
    .where(and(eq(se.id, formId), eq(se.regionCode, ctx.actor.regionCode)));
  if (!form || !inScope(ctx.actor, form)) throw new AppError('NOT_FOUND', '自评表不存在或无权查看');
  // A transaction for the pairs cache only (no business row changes, so no audit event; read-only leaders may run it).
  return ctx.db.transaction(async (tx) => {
    const rules = await checkRulesAndPairs(tx, form.regionCode, form.year);
    const found = await queryRows<{
      code: string;
      area: string;
      severity: string;
      indicatorId: number | null;
      evidence: string;
      suggestion: string;
    }>(tx, formFindingsQuery(form.id, rules));
    return { selfEvaluationId: form.id, findings: await withIndicatorNames(tx, found) };
  });
}

const checkNames = (codes: readonly string[]) => codes.map((c) => labelOf(reviewCheckLabels, c)).join('、');

/** The filtered screening as xlsx (自评全覆盖筛查结果), one row per form, worst first. */
export async function screeningXlsx(ctx: Ctx, q: ScreeningFilter) {
  assertReader(ctx.actor);
  const rows = await screenedRows(ctx.db)
    .where(screeningWhere(ctx.actor, q))
    .orderBy(...worstFirst);
  type Row = (typeof rows)[number];
  return writeSheet<Row>(
    `${q.year}年度自评全覆盖筛查`,
    [
      { key: 'unit', header: '预算单位', width: 28, value: (r) => r.unitName },
      { key: 'code', header: '项目编码', width: 18, value: (r) => r.projectCode },
      { key: 'project', header: '项目名称', width: 30, value: (r) => r.projectName },
      { key: 'total', header: '自评得分', width: 10, value: (r) => r.total },
      { key: 'grade', header: '自评等级', width: 10, value: (r) => r.grade },
      { key: 'rate', header: '预算执行率（%）', width: 14, value: (r) => r.executionRate },
      { key: 'p0', header: 'P0 必须整改', width: 12, value: (r) => r.p0 },
      { key: 'p1', header: 'P1 应当整改', width: 12, value: (r) => r.p1 },
      { key: 'p2', header: 'P2 改进建议', width: 12, value: (r) => r.p2 },
      { key: 'checks', header: '发现问题的检查规则', width: 60, value: (r) => checkNames(r.codes) },
    ],
    rows,
    '自评全覆盖筛查',
  );
}
