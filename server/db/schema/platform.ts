import { bigint, index, integer, jsonb, pgTable, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, regionCode, ts } from './columns';

/** Append-only audit trail; UPDATE/DELETE are rejected by a trigger and rows are hash-chained per region. */
export const auditEvents = pgTable(
  'audit_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    regionCode: regionCode(),
    at: ts('at').notNull().defaultNow(),
    actorId: integer('actor_id'),
    actorName: varchar('actor_name', { length: 40 }),
    ip: varchar('ip', { length: 64 }),
    entity: varchar('entity', { length: 40 }).notNull(),
    entityId: varchar('entity_id', { length: 40 }).notNull(),
    action: varchar('action', { length: 32 }).notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: varchar('reason', { length: 500 }),
    prevHash: varchar('prev_hash', { length: 64 }),
    hash: varchar('hash', { length: 64 }),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_region_at_idx').on(t.regionCode, t.at)],
);

/** To-do inbox: one row per workflow step waiting for someone. */
export const tasks = pgTable(
  'task',
  {
    id: id(),
    regionCode: regionCode(),
    kind: varchar('kind', { length: 40 }).notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    entity: varchar('entity', { length: 40 }).notNull(),
    entityId: integer('entity_id').notNull(),
    /** Who must act: a user, or any user of a role at an org node (or region-wide when orgId is null). */
    assigneeUserId: integer('assignee_user_id'),
    assigneeRole: varchar('assignee_role', { length: 16 }),
    assigneeOrgId: integer('assignee_org_id'),
    /** 'todo' (normal step) or 'returned' (a document sent back to its author). */
    flavor: varchar('flavor', { length: 12 }).notNull().default('todo'),
    status: varchar('status', { length: 12 }).notNull().default('open'),
    deadline: varchar('deadline', { length: 10 }),
    link: varchar('link', { length: 200 }).notNull(),
    note: varchar('note', { length: 500 }),
    createdAt: createdAt(),
    doneAt: ts('done_at'),
    doneBy: integer('done_by'),
  },
  (t) => [
    index('task_open_user_idx').on(t.status, t.assigneeUserId),
    index('task_open_role_idx').on(t.regionCode, t.status, t.assigneeRole, t.assigneeOrgId),
    index('task_entity_idx').on(t.entity, t.entityId),
  ],
);

export const attachments = pgTable(
  'attachment',
  {
    id: id(),
    regionCode: regionCode(),
    ownerEntity: varchar('owner_entity', { length: 40 }).notNull(),
    ownerId: integer('owner_id').notNull(),
    /** Optional sub-slot of the owner (e.g. one indicator row, or a checklist item). */
    slot: varchar('slot', { length: 60 }).notNull().default(''),
    filename: varchar('filename', { length: 200 }).notNull(),
    mime: varchar('mime', { length: 100 }).notNull(),
    size: integer('size').notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    storageKey: varchar('storage_key', { length: 200 }).notNull(),
    uploadedBy: integer('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('attachment_owner_idx').on(t.ownerEntity, t.ownerId)],
);
