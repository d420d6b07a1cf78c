import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/** Reads the single uploaded file of a multipart request into memory (size-limited by the multipart plugin). */
export async function readUpload(req: FastifyRequest) {
  if (!req.isMultipart()) throw new AppError('BAD_FILE', '请以 multipart/form-data 上传文件');
  const file = await req.file();
  if (!file) throw new AppError('BAD_FILE', '未收到上传的文件');
  const buffer = await file.toBuffer().catch((err: { code?: string }) => {
    if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', '文件超过大小限制');
    throw err;
  });
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(file.fields)) {
    if (v && typeof v === 'object' && 'value' in v && typeof v.value === 'string') fields[k] = v.value;
  }
  return { buffer, filename: file.filename, mime: file.mimetype, fields };
}

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** Sends a generated file as a download with a UTF-8 (Chinese) file name. */
export function sendFile(reply: FastifyReply, filename: string, buffer: Buffer, kind: keyof typeof MIME | string) {
  const type = kind in MIME ? MIME[kind as keyof typeof MIME] : kind;
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_');
  reply
    .header('Content-Type', type)
    .header('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  return reply.send(buffer);
}
