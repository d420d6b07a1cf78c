import { and, eq } from 'drizzle-orm';
import { monitoringEntries } from '../../db/schema/index';
import { registerDocument } from '../../platform/documents';
import { entryScope, findRound } from './repo';

// Monitoring entries and rounds get the platform's history tab and attachments (e.g. payment vouchers).
registerDocument('monitoringEntry', {
  label: '运行监控表',
  canRead: async (ctx, id) => {
    const [row] = await ctx.db
      .select({ id: monitoringEntries.id })
      .from(monitoringEntries)
      .where(and(entryScope(ctx.actor), eq(monitoringEntries.id, id)));
    return Boolean(row);
  },
  canAttach: async (ctx, id) => {
    const [row] = await ctx.db
      .select({ status: monitoringEntries.status })
      .from(monitoringEntries)
      .where(and(entryScope(ctx.actor), eq(monitoringEntries.id, id)));
    if (!row) return false;
    if (ctx.actor.role === 'unit') return ['draft', 'returned'].includes(row.status);
    return ['admin', 'finance'].includes(ctx.actor.role);
  },
});

registerDocument('monitoringRound', {
  label: '监控轮次',
  canRead: async (ctx, id) => Boolean(await findRound(ctx.db, ctx.actor.regionCode, id)),
  canAttach: async (ctx, id) =>
    ['admin', 'finance'].includes(ctx.actor.role) && Boolean(await findRound(ctx.db, ctx.actor.regionCode, id)),
});
