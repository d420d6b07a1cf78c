import { boolean, date, index, integer, pgTable, smallint, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, regionCode, ts, updatedAt, version } from './columns';

/** 制度文件: one version of a policy document; a revision adds a row to the same series and supersedes the old one. */
export const policyDocuments = pgTable(
  'policy_document',
  {
    id: id(),
    regionCode: regionCode(),
    /** Id of the first version; every revision of the same document shares it. */
    seriesId: integer('series_id'),
    versionNo: smallint('version_no').notNull().default(1),
    isCurrent: boolean('is_current').notNull().default(true),
    title: varchar('title', { length: 200 }).notNull(),
    docNo: varchar('doc_no', { length: 60 }).notNull(),
    issuer: varchar('issuer', { length: 100 }).notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    /** targets | monitoring | selfEvaluation | keyEvaluation | resultsApplication | exAnte | general */
    category: varchar('category', { length: 24 }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    summary: varchar('summary', { length: 1000 }).notNull().default(''),
    /** Full text (typed or extracted from the uploaded file) for search. */
    bodyText: text('body_text').notNull().default(''),
    revisionNote: varchar('revision_note', { length: 500 }),
    supersededById: integer('superseded_by_id'),
    createdBy: integer('created_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('policy_document_scope_idx').on(t.regionCode, t.isCurrent, t.category),
    index('policy_document_series_idx').on(t.seriesId),
  ],
);

/** 政策宣讲 / 培训: a session (online, offline or one-to-one). */
export const trainingSessions = pgTable(
  'training_session',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    /** online | offline | oneToOne */
    mode: varchar('mode', { length: 12 }).notNull(),
    topic: varchar('topic', { length: 1000 }).notNull().default(''),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    location: varchar('location', { length: 200 }).notNull().default(''),
    audience: varchar('audience', { length: 200 }).notNull().default(''),
    speaker: varchar('speaker', { length: 100 }).notNull().default(''),
    /** A cancelled session stays listed but counts for no coverage. */
    cancelledAt: ts('cancelled_at'),
    cancelReason: varchar('cancel_reason', { length: 200 }),
    createdBy: integer('created_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('training_session_year_idx').on(t.regionCode, t.year)],
);

/** Units that attended a session (coverage is counted from these rows). */
export const trainingAttendances = pgTable(
  'training_attendance',
  {
    id: id(),
    regionCode: regionCode(),
    sessionId: integer('session_id').notNull(),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
  },
  (t) => [
    uniqueIndex('training_attendance_uq').on(t.sessionId, t.unitId),
    index('training_attendance_unit_idx').on(t.regionCode, t.unitId),
  ],
);

/** 难点堵点反馈: a unit's question on a stage of the loop and finance's answer. */
export const feedbackTickets = pgTable(
  'feedback_ticket',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    /** targets | exAnte | monitoring | selfEvaluation | review | keyEvaluation | rectification | resultsApplication | system */
    stage: varchar('stage', { length: 24 }).notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    question: varchar('question', { length: 2000 }).notNull(),
    /** open | answered | closed */
    status: varchar('status', { length: 12 }).notNull().default('open'),
    answer: varchar('answer', { length: 2000 }),
    answeredAt: ts('answered_at'),
    answeredBy: integer('answered_by'),
    answeredByName: varchar('answered_by_name', { length: 40 }),
    /** Published answers form the FAQ. */
    published: boolean('published').notNull().default(false),
    /** Finance turned the question into a rule or guideline change. */
    ruleChange: boolean('rule_change').notNull().default(false),
    ruleChangeNote: varchar('rule_change_note', { length: 500 }),
    raisedBy: integer('raised_by'),
    raisedByName: varchar('raised_by_name', { length: 40 }),
    raisedAt: ts('raised_at').notNull().defaultNow(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('feedback_scope_idx').on(t.regionCode, t.year, t.departmentId, t.unitId, t.status),
    index('feedback_faq_idx').on(t.regionCode, t.published),
  ],
);

/** 工作日历: one stage of the year's timeline with its responsible party and deadline. */
export const calendarMilestones = pgTable(
  'calendar_milestone',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    /** targets | exAnte | monitoring | selfEvaluation | review | keyEvaluation | rectification | resultsApplication | system */
    stage: varchar('stage', { length: 24 }).notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** finance | department | unit | agency | expert */
    responsibleRole: varchar('responsible_role', { length: 16 }).notNull(),
    description: varchar('description', { length: 1000 }).notNull().default(''),
    /** Days before the deadline from which finance is prompted to send the inbox reminder. */
    remindDaysBefore: smallint('remind_days_before').notNull().default(7),
    remindedAt: ts('reminded_at'),
    /** A cancelled milestone is kept for the record but is no longer due, reminded or overdue. */
    cancelledAt: ts('cancelled_at'),
    cancelReason: varchar('cancel_reason', { length: 200 }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('calendar_milestone_year_idx').on(t.regionCode, t.year, t.dueOn)],
);

/** A unit's completion of a calendar milestone (absent = not done yet). */
export const calendarCompletions = pgTable(
  'calendar_completion',
  {
    id: id(),
    regionCode: regionCode(),
    milestoneId: integer('milestone_id').notNull(),
    unitId: integer('unit_id').notNull(),
    completedAt: ts('completed_at').notNull().defaultNow(),
    completedBy: integer('completed_by'),
  },
  (t) => [uniqueIndex('calendar_completion_uq').on(t.milestoneId, t.unitId)],
);

/** Editable narrative of the annual report, per year and paragraph key, with {placeholders} for figures. */
export const reportTemplates = pgTable(
  'report_template',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    key: varchar('key', { length: 40 }).notNull(),
    text: text('text').notNull(),
    updatedBy: integer('updated_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('report_template_uq').on(t.regionCode, t.year, t.key)],
);
