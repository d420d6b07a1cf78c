import { and, asc, count, desc, eq, gte, ilike, lt, type SQL, sql } from 'drizzle-orm';
import type { TAuditQuery } from '../../../core/contracts/audit';
import { auditEvents } from '../../db/schema/index';
import { businessDayStartSql } from '../../platform/business-day';
import type { Ctx } from '../../platform/context';
import { assertDocumentReadable } from '../../platform/documents';
import { assertRole } from '../../platform/policy';

/** Audit trail browser for admin and leaders, filtered and paged, newest first. */
export async function listAuditEvents(ctx: Ctx, q: TAuditQuery) {
  assertRole(ctx.actor, ['admin', 'leader'], '查看审计日志');
  const conds: SQL[] = [eq(auditEvents.regionCode, ctx.actor.regionCode)];
  if (q.entity) conds.push(eq(auditEvents.entity, q.entity));
  if (q.entityId) conds.push(eq(auditEvents.entityId, q.entityId));
  if (q.actor) conds.push(ilike(auditEvents.actorName, `%${q.actor}%`));
  if (q.action) conds.push(eq(auditEvents.action, q.action));
  // The dates are business dates: a day runs from 00:00 to 24:00 Beijing time.
  if (q.from) conds.push(gte(auditEvents.at, businessDayStartSql(q.from)));
  if (q.to) conds.push(lt(auditEvents.at, businessDayStartSql(sql`${q.to}::date + 1`)));
  const where = and(...conds);
  const [items, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { items, total: total.n };
}

/** The history tab of a document: its audit events, oldest first, if the caller may read the document. */
export async function documentHistory(ctx: Ctx, entity: string, entityId: number) {
  await assertDocumentReadable(ctx, entity, entityId);
  return ctx.db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorName: auditEvents.actorName,
      action: auditEvents.action,
      reason: auditEvents.reason,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.regionCode, ctx.actor.regionCode),
        eq(auditEvents.entity, entity),
        eq(auditEvents.entityId, String(entityId)),
      ),
    )
    .orderBy(asc(auditEvents.id));
}

/** Recomputes the per-region hash chain and reports the first broken link (tamper evidence). */
export async function verifyAuditChain(ctx: Ctx) {
  assertRole(ctx.actor, ['admin'], '校验审计日志');
  const { rows } = await ctx.db.execute<{ id: number; ok: boolean; checked: number }>(sql`
    with ordered as (
      select id, prev_hash, hash, lag(hash) over (order by id) as expected_prev,
        encode(sha256(convert_to(prev_hash || '|' || region_code || '|' || at::text || '|' || coalesce(actor_id::text, '') || '|' ||
          entity || '|' || entity_id || '|' || action || '|' || coalesce(before::text, '') || '|' ||
          coalesce(after::text, '') || '|' || coalesce(reason, ''), 'UTF8')), 'hex') as recomputed
      from audit_event where region_code = ${ctx.actor.regionCode}
    )
    select id, (hash = recomputed and prev_hash = coalesce(expected_prev, '')) as ok from ordered
    where not (hash = recomputed and prev_hash = coalesce(expected_prev, '')) order by id limit 1`);
  const [{ n }] = await ctx.db
    .select({ n: count() })
    .from(auditEvents)
    .where(eq(auditEvents.regionCode, ctx.actor.regionCode));
  const broken = rows[0];
  return { checked: n, intact: !broken, firstBrokenId: broken ? Number(broken.id) : null };
}
