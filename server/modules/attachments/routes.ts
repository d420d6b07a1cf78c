import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z, zIdParams } from '../../../core/zod';
import type { Config } from '../../config';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { readUpload, sendFile } from '../../platform/http';
import { storageFor } from '../../platform/storage/index';
import { downloadAttachment, listAttachments, uploadAttachment } from './service';

const tags = ['附件'];

export async function attachmentRoutes(app: FastifyInstance, { config }: { db: Db; config: Config }) {
  const storage = await storageFor(config);
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/attachments',
    {
      schema: {
        tags,
        summary: '单据附件列表',
        querystring: z.object({ ownerEntity: z.string().min(1).max(40), ownerId: z.coerce.number().int().positive() }),
      },
    },
    async (req) => listAttachments(req.ctx, req.query.ownerEntity, req.query.ownerId),
  );
  r.post(
    '/api/attachments',
    { schema: { tags, summary: '上传附件（multipart：ownerEntity, ownerId, slot, file）' } },
    async (req) => {
      const { buffer, filename, fields } = await readUpload(req);
      const ownerId = Number(fields.ownerId);
      if (!fields.ownerEntity || !Number.isInteger(ownerId) || ownerId <= 0) {
        throw new AppError('VALIDATION_FAILED', '缺少附件所属单据（ownerEntity, ownerId）');
      }
      return uploadAttachment(req.ctx, storage, {
        ownerEntity: fields.ownerEntity,
        ownerId,
        slot: (fields.slot ?? '').slice(0, 60),
        filename,
        bytes: buffer,
      });
    },
  );
  r.get(
    '/api/attachments/:id/download',
    { schema: { tags, summary: '下载附件', params: zIdParams } },
    async (req, reply) => {
      const { att, bytes } = await downloadAttachment(req.ctx, storage, req.params.id);
      return sendFile(reply, att.filename, bytes, att.mime);
    },
  );
}
