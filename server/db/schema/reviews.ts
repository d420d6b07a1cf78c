import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, id, regionCode, ts, updatedAt, version } from './columns';

/** Sampling parameters of a review batch (rules beside the seeded random draw). */
export interface ReviewSamplingParams {
  seed: number;
  randomCount: number;
  /** 分; sample every self-evaluation whose 全年预算数 is above it (null = off). */
  amountAbove: number | null;
  /** Percent; sample 优 self-evaluations with execution below it (null = off). */
  excellentExecutionBelow: number | null;
  /** Sample units that had review suggestions or returns the year before. */
  lastYearProblemUnits: boolean;
  /** Sample the forms the year's screening flagged at this severity or worse (absent in batches sampled before). */
  screeningSeverity?: 'P0' | 'P1' | null;
}

/** Figures frozen from rows when a batch is closed (办结). */
export interface ReviewBatchSummary {
  sampled: number;
  unitsReviewed: number;
  unitsWithSuggestions: number;
  suggestions: number;
  returns: number;
  closed: number;
}

/** 自评复核批次: finance reviews the self-evaluations of one year. */
export const reviewBatches = pgTable(
  'review_batch',
  {
    id: id(),
    regionCode: regionCode(),
    /** The year whose self-evaluations are reviewed. */
    year: smallint('year').notNull(),
    /** The year the review is carried out. */
    workYear: smallint('work_year').notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    /** open | closed */
    status: varchar('status', { length: 12 }).notNull().default('open'),
    sampling: jsonb('sampling').$type<ReviewSamplingParams | null>(),
    /** Frozen on close (办结), cleared on reopen. */
    summary: jsonb('summary').$type<ReviewBatchSummary | null>(),
    closedAt: ts('closed_at'),
    closedBy: integer('closed_by'),
    reopenReason: varchar('reopen_reason', { length: 500 }),
    createdBy: integer('created_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('review_batch_scope_idx').on(t.regionCode, t.year)],
);

/** One sampled self-evaluation in a batch, with reviewer and decision. */
export const reviewSamples = pgTable(
  'review_sample',
  {
    id: id(),
    regionCode: regionCode(),
    batchId: integer('batch_id').notNull(),
    selfEvaluationId: integer('self_evaluation_id').notNull(),
    projectId: integer('project_id').notNull(),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    /** Comma list of: random, amount, excellentLowExecution, lastYearProblems, screening, manual */
    reasons: varchar('reasons', { length: 120 }).notNull(),
    reviewerUserId: integer('reviewer_user_id'),
    agencyOrgId: integer('agency_org_id'),
    /** pending | returned | resubmitted | passed */
    status: varchar('status', { length: 12 }).notNull().default('pending'),
    round: smallint('round').notNull().default(1),
    /** How often this sample was returned for rectification (退回整改). */
    returnedCount: smallint('returned_count').notNull().default(0),
    reviewTotal: numeric('review_total', { precision: 6, scale: 2, mode: 'number' }),
    reviewGrade: varchar('review_grade', { length: 2 }),
    decisionComment: varchar('decision_comment', { length: 1000 }),
    decidedAt: ts('decided_at'),
    decidedBy: integer('decided_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // batch, then unit and id: the unit-level check finds each unit's first sample of a batch by one probe.
    index('review_sample_batch_idx').on(t.batchId, t.unitId, t.id),
    index('review_sample_scope_idx').on(t.regionCode, t.departmentId, t.unitId),
    index('review_sample_eval_idx').on(t.selfEvaluationId),
  ],
);

/** A finding (automated or reviewer's own); accepted findings are the suggestions to the unit. */
export const reviewFindings = pgTable(
  'review_finding',
  {
    id: id(),
    regionCode: regionCode(),
    batchId: integer('batch_id').notNull(),
    sampleId: integer('sample_id').notNull(),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    /** rule | reviewer */
    origin: varchar('origin', { length: 10 }).notNull(),
    /** Rule code (ReviewCheckCode) or 'reviewer'. */
    code: varchar('code', { length: 40 }).notNull(),
    area: varchar('area', { length: 24 }).notNull(),
    severity: varchar('severity', { length: 2 }).notNull(),
    indicatorId: integer('indicator_id'),
    evidence: varchar('evidence', { length: 1000 }).notNull().default(''),
    suggestion: varchar('suggestion', { length: 1000 }).notNull(),
    /** proposed | accepted | dropped */
    status: varchar('status', { length: 10 }).notNull().default('proposed'),
    round: smallint('round').notNull().default(1),
    createdBy: integer('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('review_finding_sample_idx').on(t.sampleId),
    index('review_finding_batch_idx').on(t.batchId, t.unitId, t.status),
  ],
);

/** Workpaper row: the reviewer's value and score beside the unit's, per indicator. */
export const reviewWorkpaperRows = pgTable(
  'review_workpaper_row',
  {
    id: id(),
    sampleId: integer('sample_id').notNull(),
    indicatorId: integer('indicator_id').notNull(),
    reviewValue: varchar('review_value', { length: 60 }),
    reviewScore: numeric('review_score', { precision: 6, scale: 2, mode: 'number' }),
    note: varchar('note', { length: 500 }).notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [index('review_workpaper_sample_idx').on(t.sampleId, t.indicatorId)],
);

/**
 * Near-duplicate pairs of analysis texts for the review checks (server/modules/reviews/text-pairs.ts): for each
 * self-evaluation, the other forms of its region, year and field, and its project's form of the previous year, whose
 * Dice similarity is at least 0.5 (the lowest threshold the rules allow), in the order the similarity index finds
 * them. A cache of pure functions of the texts, rebuilt per group when the group's stamp (a hash of its texts) changes.
 */
export const reviewTextPairs = pgTable(
  'review_text_pair',
  {
    selfEvaluationId: integer('self_evaluation_id').notNull(),
    otherId: integer('other_id').notNull(),
    similarity: doublePrecision('similarity').notNull(),
    lastYear: boolean('last_year').notNull(),
    ord: integer('ord').notNull(),
  },
  (t) => [primaryKey({ columns: [t.selfEvaluationId, t.otherId] })],
);

/**
 * The stamp of each (region, year, field) group whose pairs are stored, and (field '') the region's change stamps of
 * self_evaluation and project when the groups were last checked: while those stay, no group needs a look.
 */
export const reviewTextGroups = pgTable(
  'review_text_group',
  {
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    fieldCode: varchar('field_code', { length: 32 }).notNull(),
    stamp: varchar('stamp', { length: 64 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year, t.fieldCode] })],
);

/**
 * 自评全覆盖筛查: the sixteen review checks run over every submitted self-evaluation of a region's year (not only the
 * sampled ones), kept per form as counts by severity and the codes of the checks that fired. Finance reads it to see
 * where the problems are before drawing a sample, and sampling can take the forms it flags. Replaced by each run.
 */
export const reviewScreenings = pgTable(
  'review_screening',
  {
    selfEvaluationId: integer('self_evaluation_id').primaryKey(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    projectId: integer('project_id').notNull(),
    p0: smallint('p0').notNull(),
    p1: smallint('p1').notNull(),
    p2: smallint('p2').notNull(),
    /** The checks that fired, in catalogue order (reviewCheckCodes). */
    codes: varchar('codes', { length: 40 }).array().notNull(),
    screenedAt: ts('screened_at').notNull().defaultNow(),
    screenedBy: integer('screened_by'),
  },
  (t) => [index('review_screening_scope_idx').on(t.regionCode, t.year, t.unitId)],
);
