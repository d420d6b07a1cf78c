import { date, index, integer, jsonb, numeric, pgTable, smallint, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, money, regionCode, ts, updatedAt, version } from './columns';

/** 第三方机构 registry. */
export const agencies = pgTable(
  'agency',
  {
    id: id(),
    regionCode: regionCode(),
    /** The agency's external org node; its users (role agency) belong to it. */
    orgId: integer('org_id'),
    name: varchar('name', { length: 100 }).notNull(),
    shortName: varchar('short_name', { length: 40 }).notNull().default(''),
    /** cpa | consulting | engineering | other */
    type: varchar('type', { length: 16 }).notNull(),
    qualifications: varchar('qualifications', { length: 1000 }).notNull().default(''),
    staffCount: integer('staff_count').notNull().default(0),
    contactPerson: varchar('contact_person', { length: 40 }).notNull().default(''),
    contactPhone: varchar('contact_phone', { length: 20 }).notNull().default(''),
    /** A | B | C | D */
    creditLevel: varchar('credit_level', { length: 2 }).notNull().default('B'),
    /** active | suspended | removed */
    status: varchar('status', { length: 12 }).notNull().default('active'),
    statusReason: varchar('status_reason', { length: 500 }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('agency_name_uq').on(t.regionCode, t.name), index('agency_org_idx').on(t.orgId)],
);

/** Other work an agency did for a unit or department in a year (audit, bookkeeping…): the conflict-of-interest record. */
export const agencyServices = pgTable(
  'agency_service',
  {
    id: id(),
    regionCode: regionCode(),
    agencyId: integer('agency_id').notNull(),
    year: smallint('year').notNull(),
    /** Unit or department served. */
    orgId: integer('org_id').notNull(),
    role: varchar('role', { length: 40 }).notNull(),
    description: varchar('description', { length: 500 }).notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('agency_service_idx').on(t.agencyId, t.year)],
);

/** An agency engaged for one key evaluation: fee, stages, quality score, payable fee. */
export const agencyEngagements = pgTable(
  'agency_engagement',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    agencyId: integer('agency_id').notNull(),
    evaluationId: integer('evaluation_id').notNull(),
    contractNo: varchar('contract_no', { length: 60 }).notNull().default(''),
    /** 合同金额 (分). */
    fee: money('fee').notNull(),
    stages: jsonb('stages').$type<{ name: string; percent: number; dueOn: string | null }[]>().notNull().default([]),
    /** engaged | scored | cancelled */
    status: varchar('status', { length: 12 }).notNull().default('engaged'),
    qualitySheet: jsonb('quality_sheet').$type<{ code: string; name: string; weight: number }[]>(),
    qualityScores: jsonb('quality_scores').$type<Record<string, number>>(),
    qualityScore: numeric('quality_score', { precision: 6, scale: 2, mode: 'number' }),
    qualityComment: varchar('quality_comment', { length: 1000 }),
    paymentPercent: numeric('payment_percent', { precision: 5, scale: 2, mode: 'number' }),
    creditEffect: varchar('credit_effect', { length: 12 }),
    /** Payable after scoring (分). */
    payable: money('payable'),
    scoredAt: ts('scored_at'),
    scoredBy: integer('scored_by'),
    createdBy: integer('created_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('agency_engagement_agency_idx').on(t.agencyId, t.year),
    index('agency_engagement_eval_idx').on(t.evaluationId),
  ],
);

/** Fee payments of an engagement. */
export const agencyPayments = pgTable(
  'agency_payment',
  {
    id: id(),
    engagementId: integer('engagement_id').notNull(),
    amount: money('amount').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    note: varchar('note', { length: 200 }).notNull().default(''),
    createdBy: integer('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('agency_payment_engagement_idx').on(t.engagementId)],
);
