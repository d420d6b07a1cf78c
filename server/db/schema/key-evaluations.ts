import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, id, money, regionCode, ts, updatedAt, version } from './columns';

/** 重点绩效评价: one evaluation of the annual plan (object = project, department or a named item). */
export const keyEvaluations = pgTable(
  'key_evaluation',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    name: varchar('name', { length: 200 }).notNull(),
    /** project | departmentOverall | policy | procurement | purchasedService | debt */
    kind: varchar('kind', { length: 20 }).notNull(),
    /** general | governmentFund | stateCapital */
    budgetType: varchar('budget_type', { length: 20 }).notNull(),
    /** project | department | item */
    objectType: varchar('object_type', { length: 12 }).notNull(),
    projectId: integer('project_id'),
    objectName: varchar('object_name', { length: 200 }).notNull(),
    /** Evaluated budget unit (null for a department-overall evaluation). */
    unitId: integer('unit_id'),
    departmentId: integer('department_id').notNull(),
    /** Funds covered by the evaluation (分). */
    amount: money('amount').notNull().default(0),
    /** Why it was picked (candidate reasons). */
    reasons: jsonb('reasons').$type<string[]>().notNull().default([]),
    /** agency | finance: who does the evaluation work. */
    teamMode: varchar('team_mode', { length: 8 }).notNull().default('agency'),
    /** planned | notice | workPlan | fieldWork | preliminary | exchange | reportSubmitted | finalised | archived | cancelled */
    stage: varchar('stage', { length: 16 }).notNull().default('planned'),
    /** The three-level framework copied from the kind's template (EvaluationTemplate). */
    framework: jsonb('framework').notNull(),
    /** Evaluator inputs per indicator code (IndicatorInput) and scores/notes. */
    inputs: jsonb('inputs').$type<Record<string, unknown>>().notNull().default({}),
    indicatorScores: jsonb('indicator_scores').$type<Record<string, number>>().notNull().default({}),
    indicatorNotes: jsonb('indicator_notes').$type<Record<string, string>>().notNull().default({}),
    totalScore: numeric('total_score', { precision: 6, scale: 2, mode: 'number' }),
    grade: varchar('grade', { length: 2 }),
    byLevel1: jsonb('by_level1').$type<Record<string, number>>(),
    /** Report text sections written by the evaluator. */
    summary: text('summary').notNull().default(''),
    conclusion: text('conclusion').notNull().default(''),
    suggestions: text('suggestions').notNull().default(''),
    unitResponse: text('unit_response'),
    unitRespondedAt: ts('unit_responded_at'),
    returnComment: varchar('return_comment', { length: 500 }),
    finalisedAt: ts('finalised_at'),
    createdBy: integer('created_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('key_evaluation_scope_idx').on(t.regionCode, t.year, t.departmentId, t.unitId),
    index('key_evaluation_project_idx').on(t.projectId),
  ],
);

/** Procedure steps of an evaluation with planned dates, completion and deliverables. */
export const keyEvaluationSteps = pgTable(
  'key_evaluation_step',
  {
    id: id(),
    evaluationId: integer('evaluation_id').notNull(),
    /** notice | workPlan | fieldWork | preliminary | exchange | final | archive */
    step: varchar('step', { length: 16 }).notNull(),
    sort: smallint('sort').notNull(),
    plannedOn: date('planned_on', { mode: 'string' }),
    doneOn: date('done_on', { mode: 'string' }),
    deliverable: varchar('deliverable', { length: 500 }).notNull().default(''),
    actorId: integer('actor_id'),
    actorName: varchar('actor_name', { length: 40 }),
  },
  (t) => [uniqueIndex('key_evaluation_step_uq').on(t.evaluationId, t.step)],
);

/** Problems found by an evaluation; raised to the rectification list when the evaluation is finalised. */
export const keyEvaluationFindings = pgTable(
  'key_evaluation_finding',
  {
    id: id(),
    evaluationId: integer('evaluation_id').notNull(),
    unitId: integer('unit_id').notNull(),
    problem: varchar('problem', { length: 1000 }).notNull(),
    requirement: varchar('requirement', { length: 1000 }).notNull(),
    /** high | medium | low */
    severity: varchar('severity', { length: 8 }).notNull().default('medium'),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    rectificationId: integer('rectification_id'),
    createdAt: createdAt(),
  },
  (t) => [index('key_evaluation_finding_eval_idx').on(t.evaluationId)],
);
