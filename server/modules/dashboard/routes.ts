import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { homeStats } from './service';

export async function dashboardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/dashboard/home', { schema: { tags: ['驾驶舱'], summary: '首页统计' } }, async (req) =>
    homeStats(req.ctx),
  );
}
