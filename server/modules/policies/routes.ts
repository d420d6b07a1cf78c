import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZPolicyInput, ZPolicyListQuery, ZPolicyRevision } from '../../../core/contracts/policies';
import { z, zIdParams } from '../../../core/zod';
import type { Config } from '../../config';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { extractText } from '../../platform/office-text';
import { localStorage } from '../../platform/storage/index';
import { downloadAttachment, listAttachments } from '../attachments/service';
import * as service from './service';

const tags = ['制度体系'];

export async function policyRoutes(app: FastifyInstance, { config }: { db: Db; config: Config }) {
  const storage = localStorage(path.join(config.dataDir, 'files'));
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/policies',
    { schema: { tags, summary: '制度文件库（检索标题、文号与全文）', querystring: ZPolicyListQuery } },
    async (req) => service.listPolicies(req.ctx, req.query),
  );
  r.get('/api/policies/:id', { schema: { tags, summary: '制度文件详情及历次版本', params: zIdParams } }, async (req) =>
    service.getPolicy(req.ctx, req.params.id),
  );
  r.post('/api/policies', { schema: { tags, summary: '新增制度文件', body: ZPolicyInput } }, async (req) =>
    service.createPolicy(req.ctx, req.body),
  );
  r.put(
    '/api/policies/:id',
    {
      schema: {
        tags,
        summary: '修改现行文件信息',
        params: zIdParams,
        body: ZPolicyInput.and(z.object({ version: z.number().int().optional() })),
      },
    },
    async (req) => service.updatePolicy(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/policies/:id/revise',
    {
      schema: {
        tags,
        summary: '修订（生成新版本，旧版本保留并标记为被替代）',
        params: zIdParams,
        body: ZPolicyRevision,
      },
    },
    async (req) =>
      service.revisePolicy(req.ctx, req.params.id, req.body.revision, req.body.revisionNote, req.body.version),
  );
  r.post(
    '/api/policies/:id/extract-text',
    { schema: { tags, summary: '从最新上传的附件提取全文（.docx / .pdf / .txt）', params: zIdParams } },
    async (req) => {
      const files = await listAttachments(req.ctx, 'policyDocument', req.params.id);
      const last = files.at(-1);
      if (!last) throw new AppError('BAD_FILE', '请先上传文件');
      const { bytes } = await downloadAttachment(req.ctx, storage, last.id);
      return service.setPolicyText(req.ctx, req.params.id, await extractText(last.filename, bytes), last.filename);
    },
  );
}
