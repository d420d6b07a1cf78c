import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdf } from '../../platform/pdf';
import { createTestApp, type TestApp } from '../../test/app';
import { multipart } from '../../test/multipart';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const input = {
  title: '江岸区预算绩效管理测试办法',
  docNo: '岸财发〔2025〕99号',
  issuer: '武汉市江岸区财政局',
  issuedOn: '2025-11-01',
  category: 'monitoring',
  validFrom: '2025-11-01',
  validTo: null,
  summary: '测试摘要',
  bodyText: '第一条 为规范资金收回程序，制定本办法。第二条 收回的资金统筹使用。',
};

describe('policy library', () => {
  it('the demo library holds 10 current documents and one superseded version; units see current only', async () => {
    const { rows } = await t.database.pool.query(
      'select count(*) filter (where is_current)::int as cur, count(*)::int as all from policy_document',
    );
    const finance = await t.as('finance');
    const unit = await t.as('unit');
    const all = (await finance.get('/api/policies?includeSuperseded=true&pageSize=100')).json();
    expect(all.total).toBe(rows[0].all);
    const cur = (await unit.get('/api/policies?includeSuperseded=true&pageSize=100')).json();
    expect(cur.total).toBe(rows[0].cur);
    expect(cur.total).toBe(10);
  });

  it('finds documents by words of their full text and returns an excerpt', async () => {
    const finance = await t.as('finance');
    const created = (await finance.post('/api/policies', input)).json();
    const unit = await t.as('unit');
    const hit = (await unit.get(`/api/policies?q=${encodeURIComponent('资金收回程序')}`)).json();
    expect(hit.items.map((i: { id: number }) => i.id)).toContain(created.id);
    expect(hit.items.find((i: { id: number }) => i.id === created.id).excerpt).toContain('资金收回程序');
    expect((await unit.get(`/api/policies?q=${encodeURIComponent('%')}`)).json().total).toBe(0);
  });

  it('a revision supersedes the old version, both kept; the unit cannot open the old one', async () => {
    const finance = await t.as('finance');
    const created = (await finance.post('/api/policies', { ...input, docNo: '岸财发〔2025〕98号' })).json();
    const res = await finance.post(`/api/policies/${created.id}/revise`, {
      revision: {
        ...input,
        docNo: '岸财发〔2025〕98号',
        title: `${input.title}（修订）`,
        issuedOn: '2025-12-01',
        validFrom: '2025-12-01',
      },
      revisionNote: '补充收回资金使用规定',
    });
    expect(res.statusCode).toBe(200);
    const next = res.json();
    const detail = (await finance.get(`/api/policies/${next.id}`)).json();
    expect(detail.versions.map((v: { versionNo: number; isCurrent: boolean }) => [v.versionNo, v.isCurrent])).toEqual([
      [1, false],
      [2, true],
    ]);
    const unit = await t.as('unit');
    expect((await unit.get(`/api/policies/${created.id}`)).statusCode).toBe(404);
    expect(
      (await finance.post(`/api/policies/${created.id}/revise`, { revision: input, revisionNote: 'x' })).json().code,
    ).toBe('INVALID_TRANSITION');
  });

  it('rejects a duplicate 文号, bad dates and non-finance writers', async () => {
    const finance = await t.as('finance');
    expect((await finance.post('/api/policies', { ...input, docNo: '岸财发〔2025〕8号' })).json().code).toBe(
      'DUPLICATE',
    );
    const bad = await finance.post('/api/policies', { ...input, docNo: 'x1', validTo: '2020-01-01' });
    expect(bad.statusCode).toBe(400);
    const unit = await t.as('unit');
    expect((await unit.post('/api/policies', { ...input, docNo: 'x2' })).statusCode).toBe(403);
    expect((await (await t.as('leader')).post('/api/policies', { ...input, docNo: 'x3' })).statusCode).toBe(403);
  });

  it('extracts the text of an uploaded PDF (CJK font without embedding) so the library search finds it', async () => {
    const finance = await t.as('finance');
    const created = (
      await finance.post('/api/policies', { ...input, docNo: '岸财发〔2025〕97号', bodyText: '' })
    ).json();
    const words = '绩效运行监控纠偏整改时限规定';
    const up = await finance.request(
      multipart('/api/attachments', buildPdf('Jiang an district 2025', `第三条 ${words}`), '监控办法.pdf', {
        ownerEntity: 'policyDocument',
        ownerId: String(created.id),
      }),
    );
    expect(up.statusCode).toBe(200);
    const extracted = await finance.post(`/api/policies/${created.id}/extract-text`);
    expect(extracted.statusCode).toBe(200);
    expect(extracted.json().chars).toBeGreaterThan(words.length);
    const unit = await t.as('unit');
    const hit = (await unit.get(`/api/policies?q=${encodeURIComponent(words)}`)).json();
    expect(hit.items.map((i: { id: number }) => i.id)).toEqual([created.id]);
    expect(hit.items[0].excerpt).toContain(words);
    const { rows } = await t.database.pool.query(
      "select count(*)::int as n from audit_event where entity = 'policyDocument' and entity_id = $1 and action = 'extractText'",
      [created.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('a file that is not a readable PDF gives BAD_FILE, nothing stored', async () => {
    const finance = await t.as('finance');
    const created = (
      await finance.post('/api/policies', { ...input, docNo: '岸财发〔2025〕96号', bodyText: '' })
    ).json();
    await finance.request(
      multipart('/api/attachments', Buffer.from('%PDF-1.4 broken'), '坏文件.pdf', {
        ownerEntity: 'policyDocument',
        ownerId: String(created.id),
      }),
    );
    const res = await finance.post(`/api/policies/${created.id}/extract-text`);
    expect(res.json().code).toBe('BAD_FILE');
    expect((await finance.get(`/api/policies/${created.id}`)).json().bodyText).toBe('');
  });
});
