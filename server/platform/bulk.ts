import { auditEvents, tasks } from '../db/schema/index';
import { type AuditInput, auditRow } from './audit';
import type { Ctx } from './context';
import type { DbOrTx } from './db/client';
import type { OpenTaskInput } from './inbox';

// Set-based variants of openTask / audit for use cases that write many rows at once (lists, seeders):
// one INSERT per chunk instead of one round trip per row.
const CHUNK = 500;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Opens many inbox tasks in the caller's transaction. */
export async function openTasks(tx: DbOrTx, inputs: OpenTaskInput[]) {
  for (const part of chunks(inputs)) {
    if (part.length === 0) continue;
    await tx.insert(tasks).values(
      part.map((input) => ({
        ...input,
        assigneeUserId: input.assigneeUserId ?? null,
        assigneeRole: input.assigneeRole ?? null,
        assigneeOrgId: input.assigneeOrgId ?? null,
        flavor: input.flavor ?? 'todo',
        deadline: input.deadline ?? null,
        note: input.note ?? null,
      })),
    );
  }
}

/** Writes many audit events of one actor in the caller's transaction. */
export async function auditMany(tx: DbOrTx, ctx: Pick<Ctx, 'actor' | 'ip'>, inputs: AuditInput[]) {
  for (const part of chunks(inputs)) {
    if (part.length === 0) continue;
    await tx.insert(auditEvents).values(part.map((input) => auditRow(ctx, input)));
  }
}
