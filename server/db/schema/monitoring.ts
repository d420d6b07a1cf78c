import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, id, money, regionCode, ts, updatedAt, version } from './columns';

/** 监控轮次: one monitoring period of a year (a quarter or months 1–N), opened by finance. */
export const monitoringRounds = pgTable(
  'monitoring_round',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    /** quarter | months */
    periodKind: varchar('period_kind', { length: 8 }).notNull(),
    /** Quarter number (1–4) or N of months 1–N. */
    period: smallint('period').notNull(),
    /** Last month covered (Q2 → 6, 1–7月 → 7): the time progress denominator. */
    month: smallint('month').notNull(),
    name: varchar('name', { length: 60 }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    /** open | closed */
    status: varchar('status', { length: 8 }).notNull().default('open'),
    note: varchar('note', { length: 500 }).notNull().default(''),
    createdBy: integer('created_by'),
    closedAt: ts('closed_at'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('monitoring_round_period_uq').on(t.regionCode, t.year, t.periodKind, t.period)],
);

/** 监控表: one project in one round — budget execution plus the stored warning levels. */
export const monitoringEntries = pgTable(
  'monitoring_entry',
  {
    id: id(),
    regionCode: regionCode(),
    roundId: integer('round_id').notNull(),
    projectId: integer('project_id').notNull(),
    targetId: integer('target_id').notNull(),
    year: smallint('year').notNull(),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    /** 年初预算 (分), from the project's approved amount when the round opened. */
    annualBudget: money('annual_budget').notNull(),
    /** 调整后预算 (分) at the time of the last save. */
    adjustedBudget: money('adjusted_budget').notNull(),
    /** 到位资金 (分). */
    fundsReceived: money('funds_received'),
    /** 实际执行数 / 已支付 (分), cumulative since January. */
    paid: money('paid'),
    /** draft | submitted | departmentApproved | approved | returned */
    status: varchar('status', { length: 20 }).notNull().default('draft'),
    filledAt: ts('filled_at'),
    submittedAt: ts('submitted_at'),
    approvedAt: ts('approved_at'),
    returnComment: varchar('return_comment', { length: 500 }),
    /** Set by an admin reopen: the unit may fill again although the round is closed. */
    reopened: boolean('reopened').notNull().default(false),
    executionColor: varchar('execution_color', { length: 8 }),
    executionV: numeric('execution_v', { precision: 10, scale: 2, mode: 'number' }),
    /** Worst color of the indicators. */
    indicatorColor: varchar('indicator_color', { length: 8 }),
    /** Project warning level = worst of execution and indicators; null until filled. */
    warningColor: varchar('warning_color', { length: 8 }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('monitoring_entry_round_project_uq').on(t.roundId, t.projectId),
    index('monitoring_entry_scope_idx').on(t.regionCode, t.roundId, t.departmentId, t.unitId, t.status),
    index('monitoring_entry_project_idx').on(t.projectId),
    // No (round_id, warning_color) index: warning lists filter a round through the scope index (or the cockpit's
    // covering index), and each index on a color is one more entry to write per recomputed warning.
  ],
);

/** 目标完成情况: one indicator row of the project's current target within an entry. */
export const monitoringIndicators = pgTable(
  'monitoring_indicator',
  {
    id: id(),
    regionCode: regionCode(),
    entryId: integer('entry_id').notNull(),
    targetIndicatorId: integer('target_indicator_id').notNull(),
    currentValue: numeric('current_value', { precision: 20, scale: 4, mode: 'number' }),
    expectedValue: numeric('expected_value', { precision: 20, scale: 4, mode: 'number' }),
    /** Qualitative progress text (定性 indicators). */
    currentText: varchar('current_text', { length: 200 }).notNull().default(''),
    /** certain | possible | impossible */
    likelihood: varchar('likelihood', { length: 12 }).notNull().default('certain'),
    reasons: jsonb('reasons').$type<string[]>().notNull().default([]),
    note: varchar('note', { length: 500 }).notNull().default(''),
    color: varchar('color', { length: 8 }),
    v: numeric('v', { precision: 10, scale: 2, mode: 'number' }),
  },
  (t) => [uniqueIndex('monitoring_indicator_entry_uq').on(t.entryId, t.targetIndicatorId)],
);

/** 处置: what finance did about a warning, with reason and approver. Recoveries reduce the budget. */
export const monitoringDisposals = pgTable(
  'monitoring_disposal',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    roundId: integer('round_id').notNull(),
    entryId: integer('entry_id').notNull(),
    projectId: integer('project_id').notNull(),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    /** urgeRectification | adjustTargets | cutBudget | suspendPayments | recoverFunds */
    kind: varchar('kind', { length: 20 }).notNull(),
    /** 分; cutBudget and recoverFunds only. */
    amount: money('amount'),
    budgetBefore: money('budget_before'),
    budgetAfter: money('budget_after'),
    reason: varchar('reason', { length: 500 }).notNull(),
    approver: varchar('approver', { length: 40 }).notNull(),
    rectificationItemId: integer('rectification_item_id'),
    createdBy: integer('created_by'),
    createdByName: varchar('created_by_name', { length: 40 }),
    createdAt: createdAt(),
  },
  (t) => [
    index('monitoring_disposal_scope_idx').on(t.regionCode, t.year, t.kind, t.departmentId),
    index('monitoring_disposal_entry_idx').on(t.entryId),
  ],
);

/** 重点项目跟踪: monthly entries, notes and site visits of a key project. */
export const monitoringKeyRecords = pgTable(
  'monitoring_key_record',
  {
    id: id(),
    regionCode: regionCode(),
    projectId: integer('project_id').notNull(),
    year: smallint('year').notNull(),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    /** monthly | note | siteVisit */
    kind: varchar('kind', { length: 12 }).notNull(),
    month: smallint('month'),
    paid: money('paid'),
    visitDate: date('visit_date', { mode: 'string' }),
    participants: varchar('participants', { length: 200 }).notNull().default(''),
    content: varchar('content', { length: 2000 }).notNull(),
    createdBy: integer('created_by'),
    createdByName: varchar('created_by_name', { length: 40 }),
    createdAt: createdAt(),
  },
  (t) => [index('monitoring_key_record_project_idx').on(t.projectId, t.kind)],
);

/**
 * 暂停拨款: a project's payments suspended by a suspendPayments disposal until finance lifts it (恢复拨款) with a
 * reason. At most one active hold per project.
 */
export const monitoringPaymentHolds = pgTable(
  'monitoring_payment_hold',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    projectId: integer('project_id').notNull(),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    entryId: integer('entry_id').notNull(),
    disposalId: integer('disposal_id').notNull(),
    /** suspended | lifted */
    status: varchar('status', { length: 12 }).notNull().default('suspended'),
    reason: varchar('reason', { length: 500 }).notNull(),
    suspendedBy: integer('suspended_by'),
    suspendedByName: varchar('suspended_by_name', { length: 40 }),
    liftReason: varchar('lift_reason', { length: 500 }),
    liftedBy: integer('lifted_by'),
    liftedByName: varchar('lifted_by_name', { length: 40 }),
    liftedAt: ts('lifted_at'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('monitoring_payment_hold_active_uq').on(t.projectId).where(sql`status = 'suspended'`),
    index('monitoring_payment_hold_scope_idx').on(t.regionCode, t.status, t.departmentId, t.unitId),
  ],
);
