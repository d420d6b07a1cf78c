import {
  boolean,
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

/** 专家库: industry experts and finance specialists available for assessment panels. */
export const experts = pgTable(
  'expert',
  {
    id: id(),
    regionCode: regionCode(),
    name: varchar('name', { length: 40 }).notNull(),
    /** 职称 / 执业资格. */
    title: varchar('title', { length: 60 }).notNull().default(''),
    /** Employer as shown on the expert card. */
    employer: varchar('employer', { length: 100 }).notNull(),
    /** university | designInstitute | firm | department | financeBureau | research */
    orgType: varchar('org_type', { length: 20 }).notNull(),
    /** Org node of the employer when it is in the system (conflict checks). */
    orgId: integer('org_id'),
    unitId: integer('unit_id'),
    departmentId: integer('department_id'),
    fieldCodes: jsonb('field_codes').$type<string[]>().notNull().default([]),
    phone: varchar('phone', { length: 20 }).notNull().default(''),
    /** The expert's login account, when there is one. */
    userId: integer('user_id'),
    active: boolean('active').notNull().default(true),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // One expert per login account: the service refuses a second link, the index refuses a racing one (23505 → DUPLICATE).
  (t) => [index('expert_region_idx').on(t.regionCode, t.active), uniqueIndex('expert_user_uq').on(t.userId)],
);

/** 评分模板 versions (finance edits; a panel scores against the snapshot taken when it was formed). */
export const exAnteTemplates = pgTable(
  'ex_ante_template',
  {
    id: id(),
    regionCode: regionCode(),
    /** project | policy | specialBond */
    kind: varchar('kind', { length: 16 }).notNull(),
    versionNo: smallint('version_no').notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    /** ScoringTemplate (dimensions → points with weights and guidance). */
    data: jsonb('data').notNull(),
    note: varchar('note', { length: 500 }).notNull().default(''),
    createdBy: integer('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('ex_ante_template_uq').on(t.regionCode, t.kind, t.versionNo)],
);

/** 事前绩效评估: one assessment of one project (application, panel, conclusion). */
export const exAnteAssessments = pgTable(
  'ex_ante_assessment',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    projectId: integer('project_id').notNull(),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    fieldCode: varchar('field_code', { length: 32 }).notNull(),
    /** draft | submitted | returned | scoring | concluded */
    status: varchar('status', { length: 16 }).notNull().default('draft'),
    /** Finance designated it (指定评估) even though the rule does not require it. */
    designated: boolean('designated').notNull().default(false),
    templateKind: varchar('template_kind', { length: 16 }).notNull().default('project'),
    templateId: integer('template_id'),
    /** Snapshot of the scoring template taken when the panel was formed. */
    template: jsonb('template'),
    necessity: text('necessity').notNull().default(''),
    implementationPlan: text('implementation_plan').notNull().default(''),
    expectedBenefits: text('expected_benefits').notNull().default(''),
    /** 绩效目标（草案）摘要. */
    targetsDraft: text('targets_draft').notNull().default(''),
    mainOutput: varchar('main_output', { length: 100 }).notNull().default(''),
    outputQuantity: numeric('output_quantity', { precision: 16, scale: 3, mode: 'number' }),
    outputUnit: varchar('output_unit', { length: 20 }).notNull().default(''),
    historyUnitCost: money('history_unit_cost'),
    /** 标准/标杆单位成本 entered by finance. */
    benchmarkUnitCost: money('benchmark_unit_cost'),
    requestedAmount: money('requested_amount').notNull(),
    recommendedAmount: money('recommended_amount'),
    panelScore: numeric('panel_score', { precision: 6, scale: 2, mode: 'number' }),
    bandConclusion: varchar('band_conclusion', { length: 16 }),
    /** support | partialSupport | reject */
    conclusion: varchar('conclusion', { length: 16 }),
    overrideReason: varchar('override_reason', { length: 500 }),
    opinion: text('opinion').notNull().default(''),
    returnReason: varchar('return_reason', { length: 500 }),
    drawSeed: integer('draw_seed'),
    submittedAt: ts('submitted_at'),
    concludedAt: ts('concluded_at'),
    concludedBy: integer('concluded_by'),
    createdBy: integer('created_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('ex_ante_scope_idx').on(t.regionCode, t.year, t.departmentId, t.unitId),
    index('ex_ante_project_idx').on(t.projectId),
  ],
);

/** 成本测算明细 lines of an assessment's application. */
export const exAnteCostLines = pgTable(
  'ex_ante_cost_line',
  {
    id: id(),
    regionCode: regionCode(),
    assessmentId: integer('assessment_id').notNull(),
    sort: smallint('sort').notNull().default(0),
    name: varchar('name', { length: 100 }).notNull(),
    quantity: numeric('quantity', { precision: 16, scale: 3, mode: 'number' }).notNull(),
    unit: varchar('unit', { length: 20 }).notNull().default(''),
    unitPrice: money('unit_price').notNull(),
    amount: money('amount').notNull(),
    /** quota 定额 | market 市场询价 | history 历史成本 | other */
    basis: varchar('basis', { length: 12 }).notNull(),
    basisNote: varchar('basis_note', { length: 200 }).notNull().default(''),
    /** 标准单价 entered by finance for the cost-benefit comparison. */
    benchmarkUnitPrice: money('benchmark_unit_price'),
  },
  (t) => [index('ex_ante_cost_line_idx').on(t.assessmentId)],
);

/** A panel seat: one expert's score sheet for one assessment. */
export const exAntePanelMembers = pgTable(
  'ex_ante_panel_member',
  {
    id: id(),
    regionCode: regionCode(),
    assessmentId: integer('assessment_id').notNull(),
    expertId: integer('expert_id').notNull(),
    isLeader: boolean('is_leader').notNull().default(false),
    /** assigned | submitted */
    status: varchar('status', { length: 12 }).notNull().default('assigned'),
    scores: jsonb('scores').$type<Record<string, number>>().notNull().default({}),
    comments: jsonb('comments').$type<Record<string, string>>().notNull().default({}),
    overallComment: text('overall_comment').notNull().default(''),
    submittedAt: ts('submitted_at'),
    version: version(),
  },
  (t) => [
    uniqueIndex('ex_ante_panel_uq').on(t.assessmentId, t.expertId),
    index('ex_ante_panel_expert_idx').on(t.expertId),
  ],
);
