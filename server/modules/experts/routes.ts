import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZExpertInput, ZExpertListQuery, ZExpertUpdate } from '../../../core/contracts/experts';
import { zIdParams } from '../../../core/zod';
import * as service from './service';

const tags = ['专家库'];

export async function expertRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/experts', { schema: { tags, summary: '专家库列表', querystring: ZExpertListQuery } }, async (req) =>
    service.listExperts(req.ctx, req.query),
  );
  r.get(
    '/api/experts/accounts',
    { schema: { tags, summary: '可关联的专家账号（专家角色、未关联专家库）' } },
    async (req) => service.listUnlinkedAccounts(req.ctx),
  );
  r.post(
    '/api/experts',
    { schema: { tags, summary: '新增专家（可同时关联或开通系统账号）', body: ZExpertInput } },
    async (req) => service.createExpert(req.ctx, req.body),
  );
  r.put(
    '/api/experts/:id',
    { schema: { tags, summary: '修改专家（含停用）', params: zIdParams, body: ZExpertUpdate } },
    async (req) => service.updateExpert(req.ctx, req.params.id, req.body),
  );
}
