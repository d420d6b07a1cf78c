import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z, zYear } from '../../../core/zod';
import { cockpit } from './service';

export async function cockpitRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/dashboard/cockpit',
    {
      schema: {
        tags: ['驾驶舱与报告'],
        summary: '领导驾驶舱：闭环漏斗、资金、预警、等级、复核意见、整改、机构评分（每个数字附带明细链接）',
        querystring: z.object({ year: zYear }),
      },
    },
    async (req) => cockpit(req.ctx, req.query.year),
  );
}
