import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZJobListQuery, ZMonitoringRecomputeRequest } from '../../../core/contracts/jobs';
import { zIdParams } from '../../../core/zod';
import { getJob, listJobs, requestMonitoringRecompute, retryJob } from './service';

const tags = ['后台任务'];

export async function jobRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/jobs',
    { schema: { tags, summary: '后台任务列表（本区划，新任务在前）', querystring: ZJobListQuery } },
    async (req) => listJobs(req.ctx, req.query),
  );
  r.post(
    '/api/jobs/monitoring-recompute',
    { schema: { tags, summary: '在后台重新计算某年度全部监控轮次的预警', body: ZMonitoringRecomputeRequest } },
    async (req) => requestMonitoringRecompute(req.ctx, req.body.year),
  );
  r.get(
    '/api/jobs/:id',
    { schema: { tags, summary: '后台任务详情（参数、结果、错误与可执行操作）', params: zIdParams } },
    async (req) => getJob(req.ctx, req.params.id),
  );
  r.post(
    '/api/jobs/:id/retry',
    { schema: { tags, summary: '重试失败的后台任务（重新排队，尝试次数清零）', params: zIdParams } },
    async (req) => retryJob(req.ctx, req.params.id),
  );
}
