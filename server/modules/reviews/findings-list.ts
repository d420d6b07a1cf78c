// 复核建议台账: the findings of a region's review batches across batches and years, filtered by area, severity,
// status, origin, unit and year, and scoped like the samples they belong to (a unit sees its own, a department its
// units', a reviewer or agency what was assigned to them; units and departments only the accepted ones, the
// suggestions they receive — proposed and dropped findings stay with the review group). The cockpit's "suggestions
// by area" drills here, and the per-unit feedback sheet of a batch reads the same rows.
import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../core/access';
import {
  FINDING_ORIGIN_LABELS,
  FINDING_STATUS_LABELS,
  SEVERITY_LABELS,
  type TFindingListQuery,
} from '../../../core/contracts/reviews';
import { labelOf } from '../../../core/enums';
import { reviewAreaLabels, reviewCheckLabels } from '../../../core/rules/review/index';
import { orgUnits, projects, reviewBatches, reviewFindings, reviewSamples } from '../../db/schema/index';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/client';
import { writeSheet } from '../../platform/excel';
import { containsAny } from '../../platform/like';
import { indicatorNames } from '../self-evaluation/read-for-review';
import { sampleScope } from './repo';

export type FindingFilter = Omit<TFindingListQuery, 'page' | 'pageSize'>;

/** Units and their departments receive the accepted findings (the suggestions); the rest are the review group's. */
const receivesSuggestionsOnly = (actor: Actor) => actor.role === 'unit' || actor.role === 'department';

/** The conditions of a filter, inside the caller's region and sample scope (over findings, samples, batches, projects). */
export function findingWhere(actor: Actor, q: FindingFilter): SQL {
  const conds: (SQL | undefined)[] = [
    eq(reviewBatches.regionCode, actor.regionCode),
    sampleScope(actor),
    receivesSuggestionsOnly(actor) ? eq(reviewFindings.status, 'accepted') : undefined,
    q.year ? eq(reviewBatches.year, q.year) : undefined,
    q.workYear ? eq(reviewBatches.workYear, q.workYear) : undefined,
    q.batchId ? eq(reviewFindings.batchId, q.batchId) : undefined,
    q.unitId ? eq(reviewSamples.unitId, q.unitId) : undefined,
    q.area ? eq(reviewFindings.area, q.area) : undefined,
    q.severity ? eq(reviewFindings.severity, q.severity) : undefined,
    q.status ? eq(reviewFindings.status, q.status) : undefined,
    q.origin ? eq(reviewFindings.origin, q.origin) : undefined,
    q.keyword
      ? containsAny(q.keyword, [projects.name, projects.code, reviewFindings.evidence, reviewFindings.suggestion])
      : undefined,
  ];
  return and(...conds) as SQL;
}

/** Finding rows with their batch, sample, unit and project (add `.where(findingWhere(…))` and an order). */
export function findingRows(db: DbOrTx) {
  return db
    .select({
      id: reviewFindings.id,
      batchId: reviewFindings.batchId,
      batchName: reviewBatches.name,
      year: reviewBatches.year,
      workYear: reviewBatches.workYear,
      sampleId: reviewFindings.sampleId,
      sampleStatus: reviewSamples.status,
      unitId: reviewSamples.unitId,
      unitCode: orgUnits.code,
      unitName: orgUnits.name,
      projectCode: projects.code,
      projectName: projects.name,
      origin: reviewFindings.origin,
      code: reviewFindings.code,
      area: reviewFindings.area,
      severity: reviewFindings.severity,
      status: reviewFindings.status,
      indicatorId: reviewFindings.indicatorId,
      evidence: reviewFindings.evidence,
      suggestion: reviewFindings.suggestion,
    })
    .from(reviewFindings)
    .innerJoin(reviewSamples, eq(reviewSamples.id, reviewFindings.sampleId))
    .innerJoin(reviewBatches, eq(reviewBatches.id, reviewFindings.batchId))
    .innerJoin(projects, eq(projects.id, reviewSamples.projectId))
    .innerJoin(orgUnits, eq(orgUnits.id, reviewSamples.unitId));
}

type FindingRow = Awaited<ReturnType<ReturnType<typeof findingRows>['where']>>[number];

/** The rows with the name of the indicator each one is about (null for form-level findings). */
export async function withIndicatorNames<R extends Pick<FindingRow, 'indicatorId'>>(db: DbOrTx, rows: R[]) {
  const names = await indicatorNames(
    db,
    rows.flatMap((r) => (r.indicatorId === null ? [] : [r.indicatorId])),
  );
  return rows.map(({ indicatorId, ...r }) => ({
    ...r,
    indicatorId,
    indicatorName: indicatorId === null ? null : (names.get(indicatorId) ?? null),
  }));
}

const ledgerOrder = [
  desc(reviewBatches.workYear),
  desc(reviewBatches.id),
  asc(orgUnits.code),
  asc(projects.code),
  asc(reviewFindings.severity),
  asc(reviewFindings.id),
];

/** One page of the ledger, its total and the filtered findings counted by area and by status. */
export async function listFindings(ctx: Ctx, q: TFindingListQuery) {
  const { page, pageSize, ...filter } = q;
  const where = findingWhere(ctx.actor, filter);
  const rows = await findingRows(ctx.db)
    .where(where)
    .orderBy(...ledgerOrder)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  // The filtered findings counted per (area, status, unit): the total, the units and the counts by area and by status
  // are sums of these (the project join serves the keyword).
  const counts = await ctx.db
    .select({ area: reviewFindings.area, status: reviewFindings.status, unitId: reviewSamples.unitId, n: count() })
    .from(reviewFindings)
    .innerJoin(reviewSamples, eq(reviewSamples.id, reviewFindings.sampleId))
    .innerJoin(reviewBatches, eq(reviewBatches.id, reviewFindings.batchId))
    .innerJoin(projects, eq(projects.id, reviewSamples.projectId))
    .where(where)
    .groupBy(reviewFindings.area, reviewFindings.status, reviewSamples.unitId);
  const sum = (pick: (c: (typeof counts)[number]) => boolean) =>
    counts.filter(pick).reduce((n, c) => n + Number(c.n), 0);
  return {
    items: await withIndicatorNames(ctx.db, rows),
    total: sum(() => true),
    units: new Set(counts.map((c) => c.unitId)).size,
    byArea: Object.fromEntries(Object.keys(reviewAreaLabels).map((a) => [a, sum((c) => c.area === a)])),
    byStatus: Object.fromEntries(Object.keys(FINDING_STATUS_LABELS).map((s) => [s, sum((c) => c.status === s)])),
  };
}

export const areaLabel = (a: string) => labelOf(reviewAreaLabels, a);
export const severityLabel = (s: string) => labelOf(SEVERITY_LABELS, s);
const checkLabel = (code: string) => (code in reviewCheckLabels ? labelOf(reviewCheckLabels, code) : '复核人员补充');

/** The whole filtered ledger as xlsx (复核建议台账), one row per finding. */
export async function findingsXlsx(ctx: Ctx, q: FindingFilter) {
  const rows = await withIndicatorNames(
    ctx.db,
    await findingRows(ctx.db)
      .where(findingWhere(ctx.actor, q))
      .orderBy(...ledgerOrder),
  );
  type Row = (typeof rows)[number];
  return writeSheet<Row>(
    '复核建议台账',
    [
      { key: 'batch', header: '复核批次', width: 26, value: (r) => r.batchName },
      { key: 'year', header: '被复核年度', width: 10, value: (r) => r.year },
      { key: 'unit', header: '预算单位', width: 28, value: (r) => r.unitName },
      { key: 'project', header: '项目名称', width: 30, value: (r) => r.projectName },
      { key: 'area', header: '复核要点', width: 22, value: (r) => areaLabel(r.area) },
      { key: 'check', header: '检查规则', width: 24, value: (r) => checkLabel(r.code) },
      { key: 'severity', header: '问题等级', width: 14, value: (r) => severityLabel(r.severity) },
      { key: 'indicator', header: '相关指标', width: 20, value: (r) => r.indicatorName ?? '' },
      { key: 'evidence', header: '问题描述', width: 50, value: (r) => r.evidence },
      { key: 'suggestion', header: '改进建议', width: 50, value: (r) => r.suggestion },
      { key: 'status', header: '状态', width: 10, value: (r) => labelOf(FINDING_STATUS_LABELS, r.status) },
      { key: 'origin', header: '来源', width: 10, value: (r) => labelOf(FINDING_ORIGIN_LABELS, r.origin) },
    ],
    rows,
    '复核建议台账',
  );
}
