import type { Ctx } from './context';
import { AppError } from './errors';

/** How the platform checks access to a module's document (for attachments and history). */
export interface DocumentAccess {
  label: string;
  canRead(ctx: Ctx, id: number): Promise<boolean>;
  canAttach(ctx: Ctx, id: number): Promise<boolean>;
}

const registry = new Map<string, DocumentAccess>();

/** Modules register each document entity they own once, at import time. */
export function registerDocument(entity: string, access: DocumentAccess) {
  registry.set(entity, access);
}

/** Throws NOT_FOUND unless the caller may read the document (unknown entities are refused). */
export async function assertDocumentReadable(ctx: Ctx, entity: string, id: number) {
  const access = registry.get(entity);
  if (!access || !(await access.canRead(ctx, id))) throw new AppError('NOT_FOUND', '单据不存在或无权查看');
  return access;
}

/** Throws unless the caller may attach files to the document. */
export async function assertDocumentAttachable(ctx: Ctx, entity: string, id: number) {
  const access = await assertDocumentReadable(ctx, entity, id);
  if (!(await access.canAttach(ctx, id))) throw new AppError('FORBIDDEN', `无权为该${access.label}上传附件`);
  return access;
}
