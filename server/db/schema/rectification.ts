import { date, index, integer, pgTable, smallint, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, regionCode, ts, updatedAt, version } from './columns';

/** 整改事项: one item of the rectification list, whatever module raised it. */
export const rectificationItems = pgTable(
  'rectification_item',
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint('year').notNull(),
    /** targetReview | exAnte | monitoring | selfEvaluationReview | keyEvaluation | audit */
    source: varchar('source', { length: 24 }).notNull(),
    /** The document that raised it (entity + id), for the link back. */
    sourceEntity: varchar('source_entity', { length: 40 }),
    sourceId: integer('source_id'),
    projectId: integer('project_id'),
    unitId: integer('unit_id').notNull(),
    departmentId: integer('department_id').notNull(),
    problem: varchar('problem', { length: 1000 }).notNull(),
    requirement: varchar('requirement', { length: 1000 }).notNull(),
    /** high | medium | low */
    severity: varchar('severity', { length: 8 }).notNull().default('medium'),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    responsiblePerson: varchar('responsible_person', { length: 40 }),
    /** issued | inProgress | submitted | closed | returned */
    status: varchar('status', { length: 12 }).notNull().default('issued'),
    closedAt: ts('closed_at'),
    closedBy: integer('closed_by'),
    createdBy: integer('created_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('rectification_scope_idx').on(t.regionCode, t.year, t.departmentId, t.unitId, t.status),
    index('rectification_source_idx').on(t.sourceEntity, t.sourceId),
    index('rectification_project_idx').on(t.projectId),
  ],
);

/** Progress notes and workflow steps of a rectification item. */
export const rectificationEvents = pgTable(
  'rectification_event',
  {
    id: id(),
    itemId: integer('item_id').notNull(),
    /** progress | submit | close | return | issue */
    action: varchar('action', { length: 12 }).notNull(),
    note: varchar('note', { length: 1000 }),
    actorId: integer('actor_id'),
    actorName: varchar('actor_name', { length: 40 }),
    at: createdAt(),
  },
  (t) => [index('rectification_event_item_idx').on(t.itemId)],
);
