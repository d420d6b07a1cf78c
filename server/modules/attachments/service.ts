import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { attachments } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { assertDocumentAttachable, assertDocumentReadable } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import type { FileStorage } from '../../platform/storage/index';
import { write } from '../../platform/tx';
import { ALLOWED_EXTENSIONS, detectFileType } from './file-types';

export interface UploadInput {
  ownerEntity: string;
  ownerId: number;
  slot: string;
  filename: string;
  bytes: Buffer;
}

/** Stores an evidence file for a document the caller may attach to; checksum and type recorded. */
export async function uploadAttachment(ctx: Ctx, storage: FileStorage, input: UploadInput) {
  await assertDocumentAttachable(ctx, input.ownerEntity, input.ownerId);
  if (input.bytes.length === 0) throw new AppError('BAD_FILE', '文件为空');
  const mime = detectFileType(input.filename, input.bytes);
  if (!mime) throw new AppError('BAD_FILE', `不支持的文件类型，仅允许：${ALLOWED_EXTENSIONS.join('、')}`);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const storageKey = await storage.put(input.bytes);
  return write(ctx, async (tx) => {
    const [row] = await tx
      .insert(attachments)
      .values({
        regionCode: ctx.actor.regionCode,
        ownerEntity: input.ownerEntity,
        ownerId: input.ownerId,
        slot: input.slot,
        filename: input.filename.slice(0, 200),
        mime,
        size: input.bytes.length,
        sha256,
        storageKey,
        uploadedBy: ctx.actor.userId,
      })
      .returning();
    await audit(tx, ctx, {
      entity: input.ownerEntity,
      entityId: input.ownerId,
      action: 'upload',
      after: { attachmentId: row.id, filename: row.filename, sha256 },
    });
    return row;
  });
}

/** Attachments of a document, if the caller may read it. */
export async function listAttachments(ctx: Ctx, ownerEntity: string, ownerId: number) {
  await assertDocumentReadable(ctx, ownerEntity, ownerId);
  return ctx.db
    .select()
    .from(attachments)
    .where(and(eq(attachments.ownerEntity, ownerEntity), eq(attachments.ownerId, ownerId)))
    .orderBy(asc(attachments.id));
}

/** Reads a stored file after checking access through its owning document and verifying the checksum. */
export async function downloadAttachment(ctx: Ctx, storage: FileStorage, id: number) {
  const [row] = await ctx.db
    .select()
    .from(attachments)
    .where(and(eq(attachments.regionCode, ctx.actor.regionCode), eq(attachments.id, id)));
  const att = found(row, '附件');
  await assertDocumentReadable(ctx, att.ownerEntity, att.ownerId);
  const bytes = await storage.get(att.storageKey);
  if (createHash('sha256').update(bytes).digest('hex') !== att.sha256) {
    throw new AppError('INTERNAL', '附件校验失败，文件可能已损坏');
  }
  return { att, bytes };
}
