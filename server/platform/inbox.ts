import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access';
import type { Role, TaskKind } from '../../core/enums';
import { tasks } from '../db/schema/index';
import type { DbOrTx } from './db/client';

/** A task kind with a 事项类型 label (core/enums TASK_KIND_LABELS); a work-calendar reminder names its org. */
export type OpenTaskKind = Exclude<TaskKind, 'workCalendar'> | `workCalendar:${number}`;

export interface OpenTaskInput {
  regionCode: string;
  kind: OpenTaskKind;
  title: string;
  entity: string;
  entityId: number;
  link: string;
  assigneeUserId?: number;
  assigneeRole?: Role;
  /** Org node whose users of assigneeRole must act; null = anyone of that role in the region. */
  assigneeOrgId?: number | null;
  flavor?: 'todo' | 'returned';
  deadline?: string | null;
  note?: string | null;
}

/** Puts a workflow step into the assignees' inbox. Modules call this inside their own transaction. */
export async function openTask(tx: DbOrTx, input: OpenTaskInput) {
  await tx.insert(tasks).values({
    ...input,
    assigneeUserId: input.assigneeUserId ?? null,
    assigneeRole: input.assigneeRole ?? null,
    assigneeOrgId: input.assigneeOrgId ?? null,
    flavor: input.flavor ?? 'todo',
    deadline: input.deadline ?? null,
    note: input.note ?? null,
  });
}

/** Closes the open tasks of a document (optionally of one kind) when its step is done. */
export async function closeTasks(tx: DbOrTx, q: { entity: string; entityId: number; kind?: string }, doneBy: number) {
  const conds = [eq(tasks.entity, q.entity), eq(tasks.entityId, q.entityId), eq(tasks.status, 'open')];
  if (q.kind) conds.push(eq(tasks.kind, q.kind));
  await tx
    .update(tasks)
    .set({ status: 'done', doneAt: sql`now()`, doneBy })
    .where(and(...conds));
}

/** Tasks addressed to the actor: personally, or to their role at their org (or their department, or region-wide). */
export function assignedTo(actor: Actor): SQL {
  const orgs = [actor.orgId, actor.departmentId].filter((v): v is number => v !== null);
  const orgMatch = or(isNull(tasks.assigneeOrgId), sql`${tasks.assigneeOrgId} in (${sql.join(orgs, sql`, `)})`);
  return and(
    eq(tasks.regionCode, actor.regionCode),
    or(eq(tasks.assigneeUserId, actor.userId), and(eq(tasks.assigneeRole, actor.role), orgMatch)),
  ) as SQL;
}
