import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, pgTable, smallint, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, money, regionCode, ts, updatedAt, version } from './columns';
import { rowMayFireExpression } from './indicator-row-facts';

/** 项目支出绩效自评表: one per project and year, pre-filled from the approved target. */
export const selfEvaluations = pgTable(
  'self_evaluation',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    projectId: integer('project_id').notNull(),
    targetId: integer('target_id'),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    /** 年初预算数 */
    initialBudget: money('initial_budget').notNull().default(0),
    /** 全年预算数 */
    annualBudget: money('annual_budget').notNull().default(0),
    /** 全年执行数 */
    executedAmount: money('executed_amount').notNull().default(0),
    overallGoal: text('overall_goal').notNull().default(''),
    /** 总体目标实际完成情况 */
    actualOutcome: text('actual_outcome').notNull().default(''),
    conclusion: varchar('conclusion', { length: 200 }).notNull().default(''),
    problems: varchar('problems', { length: 200 }).notNull().default(''),
    measures: varchar('measures', { length: 200 }).notNull().default(''),
    /**
     * Length of the analysis (conclusion, problems, measures) as the review checks count it: normalised by
     * `jx_normalize`, the SQL twin of `normalizeForSimilarity` (migration 0019). Kept by the database on every write.
     */
    analysisLength: integer('analysis_length').generatedAlwaysAs(
      sql`char_length(jx_normalize((conclusion)::text || (problems)::text || (measures)::text))`,
    ),
    /** Computed on every save: execution rate in percent, total and grade. */
    executionRate: numeric('execution_rate', { precision: 8, scale: 2, mode: 'number' }),
    total: numeric('total', { precision: 6, scale: 2, mode: 'number' }).notNull().default(0),
    grade: varchar('grade', { length: 2 }).notNull().default('差'),
    /** draft | submitted | departmentApproved | approved | returned */
    status: varchar('status', { length: 20 }).notNull().default('draft'),
    /** Returned by the finance review (退回整改) rather than by the normal workflow. */
    reviewReturned: boolean('review_returned').notNull().default(false),
    returnComment: varchar('return_comment', { length: 1000 }),
    submittedAt: ts('submitted_at'),
    approvedAt: ts('approved_at'),
    createdBy: integer('created_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('self_evaluation_project_uq').on(t.projectId),
    index('self_evaluation_scope_idx').on(t.regionCode, t.year, t.departmentId, t.unitId, t.status),
  ],
);

/** Indicator rows of a self-evaluation (copied from the target, actuals entered by the unit). */
export const selfEvaluationIndicators = pgTable(
  'self_evaluation_indicator',
  {
    id: id(),
    regionCode: regionCode(),
    selfEvaluationId: integer('self_evaluation_id').notNull(),
    sort: smallint('sort').notNull().default(0),
    level1: varchar('level1', { length: 16 }).notNull(),
    level2: varchar('level2', { length: 24 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    operator: varchar('operator', { length: 4 }).notNull(),
    targetValue: varchar('target_value', { length: 60 }).notNull().default(''),
    targetNumber: numeric('target_number', { precision: 20, scale: 4, mode: 'number' }),
    unit: varchar('unit', { length: 20 }).notNull().default(''),
    weight: numeric('weight', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    actualNumber: numeric('actual_number', { precision: 20, scale: 4, mode: 'number' }),
    /** 达成 | 部分达成 | 未达成 for 定性 rows */
    qualitativeLevel: varchar('qualitative_level', { length: 8 }),
    claimedScore: numeric('claimed_score', { precision: 6, scale: 2, mode: 'number' }),
    score: numeric('score', { precision: 6, scale: 2, mode: 'number' }).notNull().default(0),
    ruleScore: numeric('rule_score', { precision: 6, scale: 2, mode: 'number' }).notNull().default(0),
    deviationReason: varchar('deviation_reason', { length: 500 }).notNull().default(''),
    improvement: varchar('improvement', { length: 500 }).notNull().default(''),
    lastYearActual: numeric('last_year_actual', { precision: 20, scale: 4, mode: 'number' }),
    // Text facts of the review checks, kept by the database on every write (functions of migration 0019, the SQL
    // twins of core/rules/review/similarity.ts): the name without whitespace (duplicate names), normalised (field
    // relevance), and whether the deviation reason is empty once normalised.
    nameKey: text('name_key').generatedAlwaysAs(sql`jx_strip_spaces((name)::text)`),
    nameNormalized: text('name_normalized').generatedAlwaysAs(sql`jx_normalize((name)::text)`),
    deviationBlank: boolean('deviation_blank').generatedAlwaysAs(sql`jx_normalize((deviation_reason)::text) = ''`),
    /** Whether one of the five rule-independent row checks can fire (indicator-row-facts.ts): the others are skipped. */
    rowMayFire: boolean('row_may_fire').generatedAlwaysAs(rowMayFireExpression()),
  },
  // A form's rows in form order (sort, id): the checks read them and number a repeated name's first row by it.
  (t) => [index('self_evaluation_indicator_parent_idx').on(t.selfEvaluationId, t.sort, t.id)],
);

/** Workflow steps with who/when/why. */
export const selfEvaluationSteps = pgTable(
  'self_evaluation_step',
  {
    id: id(),
    selfEvaluationId: integer('self_evaluation_id').notNull(),
    action: varchar('action', { length: 24 }).notNull(),
    fromStatus: varchar('from_status', { length: 20 }),
    toStatus: varchar('to_status', { length: 20 }).notNull(),
    actorId: integer('actor_id'),
    actorName: varchar('actor_name', { length: 40 }),
    reason: varchar('reason', { length: 1000 }),
    at: createdAt(),
  },
  (t) => [index('self_evaluation_step_parent_idx').on(t.selfEvaluationId)],
);
