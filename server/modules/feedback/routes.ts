import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZFaqQuery,
  ZFeedbackAnswer,
  ZFeedbackInput,
  ZFeedbackListQuery,
  ZFeedbackPublish,
} from '../../../core/contracts/feedback';
import { z, zIdParams } from '../../../core/zod';
import * as service from './service';

const tags = ['制度体系'];

export async function feedbackRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/feedback',
    { schema: { tags, summary: '难点堵点反馈列表', querystring: ZFeedbackListQuery } },
    async (req) => service.listFeedback(req.ctx, req.query),
  );
  r.get(
    '/api/feedback/faq',
    { schema: { tags, summary: '常见问题（已发布的答复）', querystring: ZFaqQuery } },
    async (req) => service.listFaq(req.ctx, req.query),
  );
  r.get('/api/feedback/:id', { schema: { tags, summary: '反馈详情', params: zIdParams } }, async (req) =>
    service.getFeedback(req.ctx, req.params.id),
  );
  r.post('/api/feedback', { schema: { tags, summary: '预算单位提交难点堵点', body: ZFeedbackInput } }, async (req) =>
    service.raiseFeedback(req.ctx, req.body),
  );
  r.post(
    '/api/feedback/:id/answer',
    {
      schema: { tags, summary: '财政答复（可发布为常见问题、转为制度修订）', params: zIdParams, body: ZFeedbackAnswer },
    },
    async (req) => service.answerFeedback(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/feedback/:id/close',
    {
      schema: {
        tags,
        summary: '关闭反馈',
        params: zIdParams,
        body: z.object({ version: z.number().int().optional() }),
      },
    },
    async (req) => service.closeFeedback(req.ctx, req.params.id, req.body.version),
  );
  r.post(
    '/api/feedback/:id/publish',
    { schema: { tags, summary: '发布或撤回常见问题', params: zIdParams, body: ZFeedbackPublish } },
    async (req) => service.publishFeedback(req.ctx, req.params.id, req.body.published, req.body.version),
  );
}
