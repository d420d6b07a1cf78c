import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZAuditQuery, ZHistoryQuery } from '../../../core/contracts/audit';
import { documentHistory, listAuditEvents, verifyAuditChain } from './service';

const tags = ['审计日志'];

export async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/audit', { schema: { tags, summary: '审计日志查询', querystring: ZAuditQuery } }, async (req) =>
    listAuditEvents(req.ctx, req.query),
  );
  r.get('/api/audit/history', { schema: { tags, summary: '单据操作历史', querystring: ZHistoryQuery } }, async (req) =>
    documentHistory(req.ctx, req.query.entity, req.query.entityId),
  );
  r.get('/api/audit/verify', { schema: { tags, summary: '校验审计日志哈希链' } }, async (req) =>
    verifyAuditChain(req.ctx),
  );
}
