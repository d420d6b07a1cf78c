import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { orgByCode } from '../../test/factories';
import { multipart } from '../../test/multipart';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');

describe('attachments', () => {
  it('stores a file with its checksum, lists and downloads it through the owning document', async () => {
    const admin = await t.as('admin');
    const org = await orgByCode(t.database.db, '104002');
    const up = await admin.request(
      multipart('/api/attachments', PDF, '佐证材料.pdf', { ownerEntity: 'orgUnit', ownerId: String(org.id) }),
    );
    expect(up.statusCode).toBe(200);
    const att = up.json();
    expect(att).toMatchObject({
      filename: '佐证材料.pdf',
      mime: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    const list = (await admin.get(`/api/attachments?ownerEntity=orgUnit&ownerId=${org.id}`)).json();
    expect(list.map((a: { id: number }) => a.id)).toContain(att.id);
    const dl = await admin.get(`/api/attachments/${att.id}/download`);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    expect(dl.headers['content-disposition']).toContain("filename*=UTF-8''%E4%BD%90");

    // a unit user of another unit cannot see the document, hence neither its files
    const unit2 = await t.as('unit2');
    expect((await unit2.get(`/api/attachments/${att.id}/download`)).statusCode).toBe(404);
    expect((await unit2.get(`/api/attachments?ownerEntity=orgUnit&ownerId=${org.id}`)).statusCode).toBe(404);
  });

  it('downloads the demo evidence files (generated PDFs, checksum verified); a file missing from storage is 404', async () => {
    const finance = await t.as('finance');
    const { rows } = await t.database.pool.query<{ id: number; filename: string }>(
      `SELECT id, filename FROM attachment WHERE storage_key LIKE 'demo/%' ORDER BY id LIMIT 1`,
    );
    expect(rows).toHaveLength(1);
    const dl = await finance.get(`/api/attachments/${rows[0].id}/download`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { pdfText } = await import('../../platform/office-text');
    expect(await pdfText(dl.rawPayload)).toContain(rows[0].filename);

    await t.database.pool.query(
      `UPDATE attachment SET storage_key = '2025-01/00000000-0000-0000-0000-000000000000' WHERE id = $1`,
      [rows[0].id],
    );
    const gone = await finance.get(`/api/attachments/${rows[0].id}/download`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ code: 'NOT_FOUND', message: '附件文件已不在存储中，请联系管理员' });
  });

  it('refuses disallowed types, disguised content, unknown owners and non-permitted uploaders', async () => {
    const admin = await t.as('admin');
    const org = await orgByCode(t.database.db, '104002');
    const exe = await admin.request(
      multipart('/api/attachments', Buffer.from('MZ....'), 'virus.exe', {
        ownerEntity: 'orgUnit',
        ownerId: String(org.id),
      }),
    );
    expect(exe.json().code).toBe('BAD_FILE');
    const fakePdf = await admin.request(
      multipart('/api/attachments', Buffer.from('not a pdf'), 'x.pdf', {
        ownerEntity: 'orgUnit',
        ownerId: String(org.id),
      }),
    );
    expect(fakePdf.json().code).toBe('BAD_FILE');
    const unknown = await admin.request(
      multipart('/api/attachments', PDF, 'x.pdf', { ownerEntity: 'nope', ownerId: '1' }),
    );
    expect(unknown.statusCode).toBe(404);
    const finance = await t.as('finance');
    const denied = await finance.request(
      multipart('/api/attachments', PDF, 'x.pdf', { ownerEntity: 'orgUnit', ownerId: String(org.id) }),
    );
    expect(denied.statusCode).toBe(403);
  });
});
