/**
 * Demo rectification list for 2025: items raised by the other seeders (key evaluation, monitoring, review …)
 * plus target-review and audit items raised here through raiseRectifications, then worked through the
 * state machine to a realistic mix — most closed out, some in progress / submitted / returned, a few overdue.
 * Set-based: a handful of statements whatever the number of items.
 */
import { and, eq, sql } from 'drizzle-orm';
import { businessDate } from '../../../core/business-time';
import { orgUnits, projects, rectificationEvents, rectificationItems, users } from '../../db/schema/index';
import { type RaiseRectificationInput, raiseRectifications } from '../../modules/rectification/raise';
import { openTasks } from '../../platform/bulk';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { auditProblems, progressNotes, returnReasons, submitNotes, targetReviewProblems } from './rectification-texts';
import { seedFinanceActor } from './seed-actor';
import type { SeedContext } from './types';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => businessDate(new Date(ms));

/**
 * A finance Ctx for seeders that run whole module use cases (which open `write()` on ctx.db): the seed's transaction
 * stands in for the pool, so their transactions nest as savepoints of the seed.
 */
export async function seedFinanceCtx(s: SeedContext): Promise<Ctx | null> {
  const finance = await seedFinanceActor(s);
  return finance ? { ...finance, db: s.tx as unknown as Db } : null;
}

async function raiseOwnItems(s: SeedContext, ctx: Ctx) {
  const list = await s.tx
    .select({ id: projects.id, unitId: projects.unitId })
    .from(projects)
    .where(and(eq(projects.regionCode, s.regionCode), eq(projects.year, 2025)))
    .orderBy(projects.id);
  const units = await s.tx
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, s.regionCode), eq(orgUnits.kind, 'budgetUnit')))
    .orderBy(orgUnits.id);
  if (units.length === 0) return;
  const inputs: RaiseRectificationInput[] = [];
  const start = Date.UTC(2025, 1, 15);
  const pickProject = () => list[Math.floor(s.random() * list.length)];
  for (let i = 0; i < 16; i++) {
    const p = list.length ? pickProject() : null;
    const t = targetReviewProblems[i % targetReviewProblems.length];
    const issued = start + Math.floor(s.random() * 200) * DAY;
    inputs.push({
      year: 2025,
      source: 'targetReview',
      sourceEntity: p ? 'project' : null,
      sourceId: p?.id ?? null,
      projectId: p?.id ?? null,
      unitId: p?.unitId ?? units[i % units.length].id,
      ...t,
      severity: i % 3 === 0 ? 'high' : 'medium',
      deadline: day(issued + 60 * DAY),
      issuedAt: iso(issued),
    });
  }
  for (let i = 0; i < 8; i++) {
    const u = units[Math.floor(s.random() * units.length)];
    const a = auditProblems[i % auditProblems.length];
    const issued = start + Math.floor(s.random() * 220) * DAY;
    inputs.push({
      year: 2025,
      source: 'audit',
      unitId: u.id,
      ...a,
      severity: i % 2 === 0 ? 'high' : 'medium',
      deadline: day(issued + 90 * DAY),
      responsiblePerson: '单位财务负责人',
      issuedAt: iso(issued),
    });
  }
  await raiseRectifications(s.tx, ctx, inputs);
}

type Outcome = 'closed' | 'inProgress' | 'submitted' | 'returned' | 'issued';
const outcome = (r: number): Outcome =>
  r < 0.7 ? 'closed' : r < 0.8 ? 'inProgress' : r < 0.87 ? 'submitted' : r < 0.93 ? 'returned' : 'issued';

export async function seedRectification(s: SeedContext) {
  const ctx = await seedFinanceCtx(s);
  if (!ctx) return;
  await raiseOwnItems(s, ctx);
  const items = await s.tx
    .select({
      id: rectificationItems.id,
      createdAt: rectificationItems.createdAt,
      deadline: rectificationItems.deadline,
      unitId: rectificationItems.unitId,
      problem: rectificationItems.problem,
    })
    .from(rectificationItems)
    .where(
      and(
        eq(rectificationItems.regionCode, s.regionCode),
        eq(rectificationItems.year, 2025),
        eq(rectificationItems.status, 'issued'),
      ),
    )
    .orderBy(rectificationItems.id);
  // The unit's own account does the unit's steps (progress, submit); finance returns and closes.
  const unitUsers = new Map(
    (
      await s.tx
        .select({ orgId: users.orgId, id: users.id, name: users.displayName })
        .from(users)
        .where(and(eq(users.regionCode, s.regionCode), eq(users.role, 'unit')))
        .orderBy(users.id)
    )
      .reverse()
      .map((u) => [u.orgId, u]),
  );
  const now = Date.now();
  const yearEnd = Date.UTC(2025, 11, 31);
  const events: (typeof rectificationEvents.$inferInsert)[] = [];
  const updates: {
    id: number;
    status: Outcome;
    createdAt: string;
    deadline: string;
    closedAt: string | null;
    submittedAt: string | null;
    returnReason: string | null;
    returnedAt: string | null;
  }[] = [];
  for (const it of items) {
    // Items raised by other seeders carry "now": backdate them into the work year.
    let issued = Date.parse(it.createdAt);
    if (issued > yearEnd) issued = Date.UTC(2025, 2, 1) + Math.floor(s.random() * 220) * DAY;
    const status = outcome(s.random());
    // Open items got an extended deadline, except a few that stay overdue.
    const overdue = status !== 'closed' && s.random() < 0.3;
    const deadline = status === 'closed' || overdue ? it.deadline : day(now + (15 + Math.floor(s.random() * 75)) * DAY);
    const t = (d: number) => iso(Math.min(issued + d * DAY, status === 'closed' ? yearEnd : now));
    const clerk = unitUsers.get(it.unitId);
    const ev = (action: string, note: string, at: string) => {
      const byFinance = action === 'close' || action === 'return' || !clerk;
      events.push({
        itemId: it.id,
        action,
        note,
        actorId: byFinance ? ctx.actor.userId : clerk.id,
        actorName: byFinance ? ctx.actor.displayName : clerk.name,
        at,
      });
    };
    if (status !== 'issued') ev('progress', progressNotes[it.id % progressNotes.length], t(10));
    const submittedAt = status === 'returned' || status === 'closed' || status === 'submitted' ? t(30) : null;
    if (submittedAt) ev('submit', submitNotes[it.id % submitNotes.length], submittedAt);
    const returnReason = status === 'returned' ? returnReasons[it.id % returnReasons.length] : null;
    const returnedAt = returnReason ? t(38) : null;
    if (returnReason && returnedAt) ev('return', returnReason, returnedAt);
    const closedAt = status === 'closed' ? t(30 + Math.floor(s.random() * 60)) : null;
    if (closedAt) ev('close', '整改到位，佐证材料齐全，同意销号', closedAt);
    updates.push({
      id: it.id,
      status,
      createdAt: iso(issued),
      deadline,
      closedAt,
      submittedAt,
      returnReason,
      returnedAt,
    });
  }
  if (updates.length === 0) return;
  await s.tx.execute(sql`
    update rectification_item r set status = u.status, created_at = u.created_at::timestamptz, updated_at = coalesce(u.closed_at, u.created_at)::timestamptz,
      deadline = u.deadline::date, closed_at = u.closed_at::timestamptz, closed_by = case when u.closed_at is null then null else ${ctx.actor.userId}::int end
    from (select unnest(${`{${updates.map((u) => u.id).join(',')}}`}::int[]) as id, unnest(${`{${updates.map((u) => u.status).join(',')}}`}::text[]) as status,
      unnest(${`{${updates.map((u) => u.createdAt).join(',')}}`}::text[]) as created_at, unnest(${`{${updates.map((u) => u.deadline).join(',')}}`}::text[]) as deadline,
      unnest(${`{${updates.map((u) => u.closedAt ?? 'NULL').join(',')}}`}::text[]) as closed_at) u
    where r.id = u.id`);
  await s.tx.execute(sql`
    update rectification_event e set created_at = r.created_at from rectification_item r
    where e.item_id = r.id and e.action = 'issue' and r.region_code = ${s.regionCode} and r.year = 2025`);
  for (let i = 0; i < events.length; i += 500) await s.tx.insert(rectificationEvents).values(events.slice(i, i + 500));
  // Inbox: closed and submitted items leave the unit's to-do list; submitted ones wait for finance. Each task is
  // dated by its step in the work year (issued → created; submitted or closed → done), not by the seeding time.
  const done = updates.filter((u) => u.status === 'closed' || u.status === 'submitted');
  const unitOf = new Map(items.map((it) => [it.id, it.unitId]));
  if (done.length)
    await s.tx.execute(sql`
      update task t set status = 'done', done_at = u.at::timestamptz, done_by = u.by
      from jsonb_to_recordset(${JSON.stringify(
        done.map((u) => ({
          id: u.id,
          at: u.closedAt ?? u.submittedAt,
          // The unit's to-do was done by its clerk's submission (closing only confirms it).
          by: unitUsers.get(unitOf.get(u.id) ?? -1)?.id ?? ctx.actor.userId,
        })),
      )}::jsonb)
        as u(id int, at text, by int)
      where t.entity = 'rectification' and t.entity_id = u.id`);
  const submitted = new Set(updates.filter((u) => u.status === 'submitted').map((u) => u.id));
  await openTasks(
    s.tx,
    items
      .filter((it) => submitted.has(it.id))
      .map((it) => ({
        regionCode: s.regionCode,
        kind: 'rectification.verify',
        title: `销号审核：${it.problem.slice(0, 60)}`,
        entity: 'rectification',
        entityId: it.id,
        link: `/rectification/items/${it.id}`,
        assigneeRole: 'finance' as const,
      })),
  );
  await s.tx.execute(sql`
    update task t set deadline = r.deadline::text from rectification_item r
    where t.entity = 'rectification' and t.entity_id = r.id and t.status = 'open' and r.region_code = ${s.regionCode}`);
  // A returned item is back in the unit's 被退回 list with finance's reason; finance's 销号审核 opened at submission.
  await s.tx.execute(sql`
    update task t set created_at = case when t.kind = 'rectification.verify' then u.submitted_at
        when u.return_reason is not null and t.kind = 'rectification.fix' then u.returned_at else u.created_at end::timestamptz,
      flavor = case when u.return_reason is not null and t.kind = 'rectification.fix' then 'returned' else t.flavor end,
      note = case when u.return_reason is not null and t.kind = 'rectification.fix' then u.return_reason else t.note end
    from jsonb_to_recordset(${JSON.stringify(
      updates.map((u) => ({
        id: u.id,
        created_at: u.createdAt,
        submitted_at: u.submittedAt,
        return_reason: u.returnReason,
        returned_at: u.returnedAt,
      })),
    )}::jsonb) as u(id int, created_at text, submitted_at text, return_reason text, returned_at text)
    where t.entity = 'rectification' and t.entity_id = u.id`);
}
