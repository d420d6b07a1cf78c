import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { defaultReviewRules } from '../../../core/rules/review/review-rules';
import { createdAt, id, money, regionCode, ts, updatedAt, version } from './columns';

/** The default stop words of the review rules as an SQL array literal (the project-name patterns below). */
export const defaultStopWordsSql = `'{${defaultReviewRules.projectNameStopWords.join(',')}}'::text[]`;

/** 项目库: one row per project and budget year (a continuing project gets a new row each year). */
export const projects = pgTable(
  'project',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    code: varchar('code', { length: 40 }).notNull(),
    name: varchar('name', { length: 200 }).notNull(),
    /**
     * LIKE patterns of the name's bigrams split at the review rules' default stop words, kept by the database
     * (jx_name_patterns, migration 0019): the field-relevance check reads them when a region keeps the default words
     * and computes them from the name otherwise (reviews/checks-sql.ts).
     */
    namePatterns: text('name_patterns')
      .array()
      .generatedAlwaysAs(sql.raw(`jx_name_patterns((name)::text, ${defaultStopWordsSql})`)),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    fieldCode: varchar('field_code', { length: 32 }).notNull(),
    /** general | governmentFund | stateCapital */
    budgetType: varchar('budget_type', { length: 20 }).notNull(),
    /** recurring 常年性 | continuing 延续性 | oneOff 一次性 */
    projectKind: varchar('project_kind', { length: 16 }).notNull(),
    isNew: boolean('is_new').notNull().default(true),
    isPolicy: boolean('is_policy').notNull().default(false),
    startYear: smallint('start_year').notNull(),
    endYear: smallint('end_year').notNull(),
    totalAmount: money('total_amount').notNull(),
    /** Amount requested for this budget year (申报数). */
    requestedAmount: money('requested_amount').notNull(),
    /** Budget approved (年初预算 / 批复数); null until budgeted. */
    approvedAmount: money('approved_amount'),
    /** Adjusted budget (调整后预算): approved ± adjustments − recoveries; null until budgeted. */
    adjustedAmount: money('adjusted_amount'),
    fundSources: jsonb('fund_sources').$type<{ source: string; amount: number }[]>().notNull().default([]),
    description: text('description').notNull().default(''),
    /** draft | pendingAssessment | inLibrary | budgeted | executing | completed */
    status: varchar('status', { length: 20 }).notNull().default('draft'),
    /** Finance designated it for ex-ante assessment regardless of thresholds. */
    designatedForAssessment: boolean('designated_for_assessment').notNull().default(false),
    /** Key project for closer monitoring (重点跟踪). */
    keyProject: boolean('key_project').notNull().default(false),
    previousProjectId: integer('previous_project_id'),
    createdBy: integer('created_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('project_code_uq').on(t.regionCode, t.year, t.code),
    index('project_scope_idx').on(t.regionCode, t.year, t.departmentId, t.unitId),
    index('project_unit_idx').on(t.unitId, t.year),
    index('project_status_idx').on(t.regionCode, t.year, t.status),
    // The list order (year desc, code) per region and per department, with id: a page of ids is an index-only range.
    index('project_list_idx').on(t.regionCode, t.year.desc(), t.code, t.id),
    index('project_department_list_idx').on(t.departmentId, t.year.desc(), t.code, t.id),
    // The list totals (count and sums) of a region, year and field as an index-only range: 0.9 ms instead of a 23 ms
    // table scan for one field at 100,000 projects, whenever a write has made the cached totals stale.
    index('project_totals_idx').on(
      t.regionCode,
      t.year,
      t.fieldCode,
      t.requestedAmount,
      t.approvedAmount,
      t.adjustedAmount,
    ),
    // Results application walks previous → next along these links; only linked projects are indexed, so a region
    // without links (or a run with no continuing project) costs one empty range.
    index('project_previous_idx')
      .on(t.regionCode, t.year, t.previousProjectId, t.id)
      .where(sql`${t.previousProjectId} is not null`),
  ],
);

/** Status steps of a project with who/when/why. */
export const projectSteps = pgTable(
  'project_step',
  {
    id: id(),
    projectId: integer('project_id').notNull(),
    fromStatus: varchar('from_status', { length: 20 }),
    toStatus: varchar('to_status', { length: 20 }).notNull(),
    actorId: integer('actor_id'),
    actorName: varchar('actor_name', { length: 40 }),
    reason: varchar('reason', { length: 500 }),
    at: createdAt(),
  },
  (t) => [index('project_step_project_idx').on(t.projectId)],
);

/** 指标库: the indicator library, versioned per fiscal year. */
export const libraryIndicators = pgTable(
  'library_indicator',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    /** null for common (共性) indicators */
    fieldCode: varchar('field_code', { length: 32 }),
    industry: varchar('industry', { length: 60 }).notNull().default(''),
    category: varchar('category', { length: 60 }).notNull().default(''),
    /** common | industry | project */
    layer: varchar('layer', { length: 12 }).notNull(),
    level1: varchar('level1', { length: 16 }).notNull(),
    level2: varchar('level2', { length: 24 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    operator: varchar('operator', { length: 4 }).notNull(),
    unit: varchar('unit', { length: 20 }).notNull().default(''),
    recommendedValue: varchar('recommended_value', { length: 60 }).notNull().default(''),
    basis: varchar('basis', { length: 12 }).notNull().default('计划标准'),
    explanation: varchar('explanation', { length: 500 }).notNull().default(''),
    calculation: varchar('calculation', { length: 500 }).notNull().default(''),
    dataSource: varchar('data_source', { length: 200 }).notNull().default(''),
    scoringNote: varchar('scoring_note', { length: 500 }).notNull().default(''),
    projectKinds: varchar('project_kinds', { length: 60 }).notNull().default(''),
    /** enabled | disabled | proposed | returned */
    status: varchar('status', { length: 12 }).notNull().default('enabled'),
    proposedByOrgId: integer('proposed_by_org_id'),
    reviewComment: varchar('review_comment', { length: 500 }),
    derivedFromId: integer('derived_from_id'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('library_indicator_search_idx').on(t.regionCode, t.year, t.status, t.fieldCode, t.level1),
    index('library_indicator_name_idx').on(t.regionCode, t.year, t.name),
    index('library_indicator_list_idx').on(t.regionCode, t.year, t.fieldCode, t.level1, t.level2, t.id),
  ],
);

/**
 * Change stamps per region and table, appended by statement triggers (migrations `list_search_grams`,
 * `list_version_log`, `region_stamp_triggers`: every table with a region_code except audit_event): one row per
 * writing statement, numbered from a sequence (never reused after a rollback). Append-only, so concurrent writers
 * never wait on a shared row; readers take max(version) and sum(weight). Pruning folds old rows into the newest one
 * (its weight grows by the rows deleted), so the sum, and every cache key built on it, is unchanged by a prune
 * (server/platform/stamp-cache.ts).
 */
export const listVersions = pgTable(
  'list_version',
  {
    regionCode: regionCode(),
    list: varchar('list', { length: 40 }).notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
    /** Writing statements this row stands for: 1, or more after a prune folded older rows into it. */
    weight: integer('weight').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.list, t.version] })],
);

/** 绩效目标: one version of a project's performance targets; adjustments add versions. */
export const targets = pgTable(
  'performance_target',
  {
    id: id(),
    regionCode: regionCode(),
    projectId: integer('project_id').notNull(),
    year: smallint('year').notNull(),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    versionNo: smallint('version_no').notNull().default(1),
    isCurrent: boolean('is_current').notNull().default(true),
    overallGoal: text('overall_goal').notNull().default(''),
    annualGoal: text('annual_goal').notNull().default(''),
    /** draft | submitted | departmentApproved | approved | returned */
    status: varchar('status', { length: 20 }).notNull().default('draft'),
    adjustReason: varchar('adjust_reason', { length: 500 }),
    returnComment: varchar('return_comment', { length: 500 }),
    submittedAt: ts('submitted_at'),
    approvedAt: ts('approved_at'),
    createdBy: integer('created_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('target_project_idx').on(t.projectId, t.isCurrent),
    index('target_scope_idx').on(t.regionCode, t.year, t.departmentId, t.unitId, t.status),
  ],
);

/** 三级指标 rows of a target version. */
export const targetIndicators = pgTable(
  'target_indicator',
  {
    id: id(),
    regionCode: regionCode(),
    targetId: integer('target_id').notNull(),
    sort: smallint('sort').notNull().default(0),
    level1: varchar('level1', { length: 16 }).notNull(),
    level2: varchar('level2', { length: 24 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    operator: varchar('operator', { length: 4 }).notNull(),
    /** As typed (e.g. "100", "有效提升"). */
    targetValue: varchar('target_value', { length: 60 }).notNull(),
    /** Parsed number for quantitative operators. */
    targetNumber: numeric('target_number', { precision: 20, scale: 4, mode: 'number' }),
    unit: varchar('unit', { length: 20 }).notNull().default(''),
    weight: numeric('weight', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    valueNote: varchar('value_note', { length: 200 }).notNull().default(''),
    basis: varchar('basis', { length: 12 }).notNull().default('计划标准'),
    libraryIndicatorId: integer('library_indicator_id'),
    /** Reviewer's per-indicator comment when returned. */
    reviewComment: varchar('review_comment', { length: 500 }),
  },
  (t) => [
    index('target_indicator_target_idx').on(t.targetId),
    index('target_indicator_library_idx').on(t.libraryIndicatorId),
  ],
);
