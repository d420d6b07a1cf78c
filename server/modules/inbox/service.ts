import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { businessDate } from '../../../core/business-time';
import { tasks } from '../../db/schema/index';
import type { Ctx } from '../../platform/context';
import { assignedTo } from '../../platform/inbox';

export type InboxTab = 'todo' | 'done' | 'returned';

function tabWhere(ctx: Ctx, tab: InboxTab) {
  if (tab === 'done') return and(eq(tasks.regionCode, ctx.actor.regionCode), eq(tasks.doneBy, ctx.actor.userId));
  return and(assignedTo(ctx.actor), eq(tasks.status, 'open'), eq(tasks.flavor, tab === 'todo' ? 'todo' : 'returned'));
}

/** The caller's 待办 / 已办 / 被退回 list, nearest deadline first. */
export async function listInbox(ctx: Ctx, tab: InboxTab, page: number, pageSize: number) {
  const where = tabWhere(ctx, tab);
  const order =
    tab === 'done' ? [desc(tasks.doneAt)] : [asc(sql`coalesce(${tasks.deadline}, '9999')`), desc(tasks.createdAt)];
  const [items, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(tasks)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ n: count() }).from(tasks).where(where),
  ]);
  const today = businessDate();
  return {
    items: items.map((t) => ({ ...t, overdue: t.status === 'open' && !!t.deadline && t.deadline < today })),
    total: total.n,
  };
}

/** Counts for the header badge. */
export async function inboxCounts(ctx: Ctx) {
  const today = businessDate();
  const [row] = await ctx.db
    .select({
      todo: sql<number>`count(*) filter (where ${tasks.flavor} = 'todo')`.mapWith(Number),
      returned: sql<number>`count(*) filter (where ${tasks.flavor} = 'returned')`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${tasks.deadline} < ${today})`.mapWith(Number),
    })
    .from(tasks)
    .where(and(assignedTo(ctx.actor), eq(tasks.status, 'open')));
  return row;
}
