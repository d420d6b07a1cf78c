import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../../core/zod';
import { inboxCounts, listInbox } from './service';

const tags = ['待办'];

export async function inboxRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/inbox',
    {
      schema: {
        tags,
        summary: '我的待办 / 已办 / 被退回',
        querystring: z.object({
          tab: z.enum(['todo', 'done', 'returned']).default('todo'),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
      },
    },
    async (req) => listInbox(req.ctx, req.query.tab, req.query.page, req.query.pageSize),
  );
  r.get('/api/inbox/counts', { schema: { tags, summary: '待办数量' } }, async (req) => inboxCounts(req.ctx));
}
