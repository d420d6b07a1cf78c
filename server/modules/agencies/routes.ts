import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZAgencyInput,
  ZAgencyServiceInput,
  ZAgencyStatusInput,
  ZEngagementInput,
  ZEngagementListQuery,
  ZPaymentInput,
  ZQualityInput,
} from '../../../core/contracts/agencies';
import { z, zIdParams, zText } from '../../../core/zod';
import * as service from './service';

const tags = ['第三方机构'];

export async function agencyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/agencies', { schema: { tags, summary: '第三方机构库（机构用户仅见本机构）' } }, async (req) =>
    service.listAgencies(req.ctx),
  );
  r.post('/api/agencies', { schema: { tags, summary: '新增机构', body: ZAgencyInput } }, async (req) =>
    service.createAgency(req.ctx, req.body),
  );
  r.get(
    '/api/agencies/engagements',
    { schema: { tags, summary: '委托列表（机构用户仅见本机构的委托）', querystring: ZEngagementListQuery } },
    async (req) => service.listEngagements(req.ctx, req.query),
  );
  r.post(
    '/api/agencies/engagements',
    { schema: { tags, summary: '委托机构承担重点评价（含利益冲突检查）', body: ZEngagementInput } },
    async (req) => service.engageAgency(req.ctx, req.body),
  );
  r.get(
    '/api/agencies/engagements/:id',
    { schema: { tags, summary: '委托详情（考评表、应付与支付）', params: zIdParams } },
    async (req) => service.getEngagement(req.ctx, req.params.id),
  );
  r.post(
    '/api/agencies/engagements/:id/cancel',
    { schema: { tags, summary: '解除委托', params: zIdParams, body: z.object({ reason: zText(500) }) } },
    async (req) => service.cancelEngagement(req.ctx, req.params.id, req.body.reason),
  );
  r.put(
    '/api/agencies/engagements/:id/quality',
    { schema: { tags, summary: '机构执业质量考评（得分→支付比例与信用）', params: zIdParams, body: ZQualityInput } },
    async (req) => service.scoreEngagement(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/agencies/engagements/:id/payments',
    { schema: { tags, summary: '登记费用支付（不超过应付金额）', params: zIdParams, body: ZPaymentInput } },
    async (req) => service.addPayment(req.ctx, req.params.id, req.body),
  );
  r.get('/api/agencies/:id', { schema: { tags, summary: '机构详情与考评历史', params: zIdParams } }, async (req) =>
    service.getAgency(req.ctx, req.params.id),
  );
  r.put(
    '/api/agencies/:id',
    { schema: { tags, summary: '修改机构信息', params: zIdParams, body: ZAgencyInput } },
    async (req) => service.updateAgency(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/agencies/:id/status',
    { schema: { tags, summary: '暂停/恢复/移出机构', params: zIdParams, body: ZAgencyStatusInput } },
    async (req) => service.setAgencyStatus(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/agencies/:id/services',
    {
      schema: {
        tags,
        summary: '登记机构为单位提供的其他服务（利益冲突登记）',
        params: zIdParams,
        body: ZAgencyServiceInput,
      },
    },
    async (req) => service.addService(req.ctx, req.params.id, req.body),
  );
}
