import { index, integer, jsonb, numeric, pgTable, smallint, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, money, regionCode, ts, updatedAt, version } from './columns';

/** One link of a line's evidence chain (a grade, a recovery, an open rectification …). */
export interface ResultsEvidence {
  kind: 'selfEvaluation' | 'selfEvaluationReview' | 'keyEvaluation' | 'monitoring' | 'exAnte' | 'rectification';
  label: string;
  detail: string;
  entity: string | null;
  entityId: number | null;
  amount?: number | null;
}

/** 结果应用批次: the proposal for next year's budget built from one work year's results (one per region × year). */
export const resultsRuns = pgTable(
  'results_run',
  {
    id: id(),
    regionCode: regionCode(),
    /** Work year whose results are applied (e.g. 2025). */
    year: smallint('year').notNull(),
    /** Budget year the adjustments go to (year + 1). */
    targetYear: smallint('target_year').notNull(),
    /** Snapshot of the results rules used for the last generation. */
    rules: jsonb('rules').notNull(),
    generatedAt: ts('generated_at').notNull().defaultNow(),
    createdBy: integer('created_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('results_run_year_uq').on(t.regionCode, t.year)],
);

/** One proposed adjustment: evaluated project → next year's project, with evidence and finance's decision. */
export const resultsLines = pgTable(
  'results_line',
  {
    id: id(),
    regionCode: regionCode(),
    runId: integer('run_id').notNull(),
    /** The evaluated project (the year its grade is about). */
    projectId: integer('project_id').notNull(),
    /** Next year's project (via previousProjectId) whose budget is adjusted. */
    nextProjectId: integer('next_project_id').notNull(),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    projectName: varchar('project_name', { length: 200 }).notNull(),
    projectKind: varchar('project_kind', { length: 16 }).notNull(),
    evaluationKind: varchar('evaluation_kind', { length: 24 }).notNull(),
    grade: varchar('grade', { length: 2 }).notNull(),
    score: numeric('score', { precision: 6, scale: 2, mode: 'number' }),
    openRectifications: integer('open_rectifications').notNull().default(0),
    evidence: jsonb('evidence').$type<ResultsEvidence[]>().notNull().default([]),
    /** Next year's budget when proposed (分). */
    budgetBefore: money('budget_before').notNull(),
    proposedAction: varchar('proposed_action', { length: 16 }).notNull(),
    proposedCutPercent: numeric('proposed_cut_percent', { precision: 6, scale: 2, mode: 'number' }),
    proposedChange: money('proposed_change').notNull(),
    reason: text('reason').notNull(),
    /** pending | accepted | overridden */
    decision: varchar('decision', { length: 12 }).notNull().default('pending'),
    finalAction: varchar('final_action', { length: 16 }),
    finalChange: money('final_change'),
    overrideReason: varchar('override_reason', { length: 500 }),
    decidedBy: integer('decided_by'),
    decidedByName: varchar('decided_by_name', { length: 40 }),
    decidedAt: ts('decided_at'),
    /** approvedAmount | requestedAmount: which budget column of the next project was set. */
    appliedField: varchar('applied_field', { length: 20 }),
    /** The column's value before the adjustment; the new value is always base + finalChange (never cumulative). */
    appliedBase: money('applied_base'),
    appliedAt: ts('applied_at'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('results_line_project_uq').on(t.runId, t.projectId),
    index('results_line_scope_idx').on(t.regionCode, t.runId, t.departmentId, t.decision),
    index('results_line_next_idx').on(t.nextProjectId),
  ],
);
