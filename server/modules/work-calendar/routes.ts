import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZCalendarQuery, ZMilestoneCancel, ZMilestoneInput } from '../../../core/contracts/work-calendar';
import { zIdParams } from '../../../core/zod';
import * as service from './service';

const tags = ['制度体系'];

export async function workCalendarRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/work-calendar', { schema: { tags, summary: '年度工作日历', querystring: ZCalendarQuery } }, async (req) =>
    service.listCalendar(req.ctx, req.query.year),
  );
  r.get(
    '/api/work-calendar/overdue',
    { schema: { tags, summary: '逾期未完成的单位及节点', querystring: ZCalendarQuery } },
    async (req) => service.listOverdue(req.ctx, req.query.year),
  );
  r.post('/api/work-calendar', { schema: { tags, summary: '新增工作节点', body: ZMilestoneInput } }, async (req) =>
    service.saveMilestone(req.ctx, null, req.body),
  );
  r.put(
    '/api/work-calendar/:id',
    { schema: { tags, summary: '修改工作节点', params: zIdParams, body: ZMilestoneInput } },
    async (req) => service.saveMilestone(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/work-calendar/:id/remind',
    { schema: { tags, summary: '向责任单位发送待办提醒', params: zIdParams } },
    async (req) => service.remindMilestone(req.ctx, req.params.id),
  );
  r.post(
    '/api/work-calendar/:id/complete',
    { schema: { tags, summary: '责任单位标记节点完成', params: zIdParams } },
    async (req) => service.completeMilestone(req.ctx, req.params.id),
  );
  r.post(
    '/api/work-calendar/:id/cancel',
    {
      schema: {
        tags,
        summary: '取消工作节点（保留记录，关闭未完成的提醒）',
        params: zIdParams,
        body: ZMilestoneCancel,
      },
    },
    async (req) => service.cancelMilestone(req.ctx, req.params.id, req.body),
  );
}
