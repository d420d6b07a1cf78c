import { auditEvents } from '../db/schema/index';
import type { Ctx } from './context';
import type { DbOrTx } from './db/client';

export interface AuditInput {
  entity: string;
  entityId: number | string;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Writes one audit event inside the caller's transaction, so the change and its record commit together. */
export async function audit(tx: DbOrTx, ctx: Pick<Ctx, 'actor' | 'ip'>, input: AuditInput) {
  await tx.insert(auditEvents).values(auditRow(ctx, input));
}

/** The audit_event row of one input by the actor (shared by audit and auditMany). */
export function auditRow(ctx: Pick<Ctx, 'actor' | 'ip'>, input: AuditInput) {
  return {
    regionCode: ctx.actor.regionCode,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.displayName,
    ip: ctx.ip,
    entity: input.entity,
    entityId: String(input.entityId),
    action: input.action,
    before: input.before ?? null,
    after: input.after ?? null,
    reason: input.reason ?? null,
  };
}

/** Audit event for a caller that is not signed in yet (failed logins). */
export async function auditAnonymous(
  tx: DbOrTx,
  input: AuditInput & { regionCode: string; ip: string; actorId?: number; actorName?: string },
) {
  await tx.insert(auditEvents).values({
    regionCode: input.regionCode,
    actorId: input.actorId ?? null,
    actorName: input.actorName ?? null,
    ip: input.ip,
    entity: input.entity,
    entityId: String(input.entityId),
    action: input.action,
    before: input.before ?? null,
    after: input.after ?? null,
    reason: input.reason ?? null,
  });
}
