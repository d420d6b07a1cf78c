import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { buildProject, orgByCode } from '../../test/factories';
import { multipart } from '../../test/multipart';

let t: TestApp;
let unitId: number;
let unit2Id: number;
beforeAll(async () => {
  t = await createTestApp();
  unitId = (await orgByCode(t.database.db, '104002')).id;
  const { rows } = await t.database.pool.query(
    `select o.id from app_user u join org_unit o on o.id = u.org_id where u.username = 'unit2'`,
  );
  unit2Id = rows[0].id;
});
afterAll(async () => t.close());

// Logins are rate limited: one session per demo user for the whole file.
const sessions = new Map<string, Client>();
async function as(username: string) {
  const known = sessions.get(username);
  if (known) return known;
  const c = await t.as(username);
  sessions.set(username, c);
  return c;
}

const pdf = Buffer.from('%PDF-1.4\n整改佐证\n%%EOF');
const item = (o: Record<string, unknown> = {}) => ({
  year: 2025,
  unitId,
  problem: '绩效指标设置粗放，定性指标过多',
  requirement: '细化量化产出和效益指标，补充评价标准',
  severity: 'high',
  deadline: '2099-12-31',
  ...o,
});

async function raise(o: Record<string, unknown> = {}) {
  const finance = await as('finance');
  const res = await finance.post('/api/rectifications', item(o));
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as number;
}

async function counts(id: number) {
  const { rows } = await t.database.pool.query(
    `select (select count(*) from rectification_event where item_id = $1)::int as events,
            (select count(*) from audit_event where entity = 'rectification' and entity_id = $1::text)::int as audits,
            (select status from rectification_item where id = $1) as status`,
    [id],
  );
  return rows[0] as { events: number; audits: number; status: string };
}

describe('rectification workflow', () => {
  it("the demo's unit steps are recorded under the unit's own account, finance's under finance", async () => {
    const { rows } = await t.database.pool.query(
      `select e.action, u.role, u.org_id = i.unit_id as own, e.actor_name = u.display_name as named
         from rectification_event e join rectification_item i on i.id = e.item_id join app_user u on u.id = e.actor_id
        where i.region_code = '420102' and e.action in ('progress', 'submit', 'return', 'close')`,
    );
    const unitSteps = rows.filter((r) => r.action === 'progress' || r.action === 'submit');
    expect(unitSteps.length).toBeGreaterThan(10);
    expect(unitSteps.every((r) => r.role === 'unit' && r.own && r.named)).toBe(true);
    const financeSteps = rows.filter((r) => r.action === 'return' || r.action === 'close');
    expect(financeSteps.length).toBeGreaterThan(10);
    expect(financeSteps.every((r) => r.role === 'finance' && r.named)).toBe(true);
  });

  it('finance enters an audit item; the unit sees it with its deadline and a to-do task', async () => {
    const id = await raise();
    const u = await as('unit');
    const list = (await u.get('/api/rectifications?year=2025&source=audit')).json();
    expect(list.items.map((r: { id: number }) => r.id)).toContain(id);
    const detail = (await u.get(`/api/rectifications/${id}`)).json();
    expect(detail).toMatchObject({
      status: 'issued',
      deadline: '2099-12-31',
      overdue: false,
      allowedActions: ['progress', 'attachEvidence'],
    });
    const inbox = (await u.get('/api/inbox')).json();
    expect(JSON.stringify(inbox)).toContain(`/rectification/items/${id}`);
  });

  it('issued → inProgress → submitted → closed, evidence required, only finance closes', async () => {
    const id = await raise();
    const u = await as('unit');
    const finance = await as('finance');
    // cannot submit before starting
    const early = await u.post(`/api/rectifications/${id}/submit`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('INVALID_TRANSITION');
    expect((await u.post(`/api/rectifications/${id}/progress`, { note: '已修订指标体系初稿' })).json().status).toBe(
      'inProgress',
    );
    // no evidence → refused, nothing written
    const before = await counts(id);
    const noEvidence = await u.post(`/api/rectifications/${id}/submit`, {});
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().message).toContain('佐证材料');
    expect(await counts(id)).toEqual(before);
    const up = await u.request(
      multipart('/api/attachments', pdf, '整改报告.pdf', {
        ownerEntity: 'rectification',
        ownerId: String(id),
        slot: 'evidence',
      }),
    );
    expect(up.statusCode, up.body).toBe(200);
    const submitted = (await u.post(`/api/rectifications/${id}/submit`, { note: '已完成整改' })).json();
    expect(submitted).toMatchObject({ status: 'submitted', evidenceCount: 1, allowedActions: [] });
    // the unit cannot close its own item
    const selfClose = await u.post(`/api/rectifications/${id}/close`, {});
    expect(selfClose.statusCode).toBe(403);
    expect(selfClose.json().message).toContain('不能对本单位');
    expect((await finance.get(`/api/rectifications/${id}`)).json().allowedActions).toEqual(['close', 'return']);
    const closed = (await finance.post(`/api/rectifications/${id}/close`, { note: '佐证充分，同意销号' })).json();
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).toBeTruthy();
    expect(closed.events.map((e: { action: string }) => e.action)).toEqual(['issue', 'progress', 'submit', 'close']);
  });

  it('double close is idempotent: second call refused with a clear error and no second effect', async () => {
    const id = await raise();
    const u = await as('unit');
    const finance = await as('finance');
    await u.post(`/api/rectifications/${id}/progress`, { note: '整改中' });
    await u.request(multipart('/api/attachments', pdf, 'a.pdf', { ownerEntity: 'rectification', ownerId: String(id) }));
    await u.post(`/api/rectifications/${id}/submit`, {});
    expect((await finance.post(`/api/rectifications/${id}/close`, {})).statusCode).toBe(200);
    const before = await counts(id);
    const again = await finance.post(`/api/rectifications/${id}/close`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INVALID_TRANSITION', message: '该整改事项已销号，不能重复操作' });
    expect(await counts(id)).toEqual(before);
    // evidence can no longer be added to a closed item
    const late = await u.request(
      multipart('/api/attachments', pdf, 'b.pdf', { ownerEntity: 'rectification', ownerId: String(id) }),
    );
    expect(late.statusCode).toBe(403);
  });

  it('finance cannot close without evidence; return needs a reason and sends the item back', async () => {
    const id = await raise();
    const u = await as('unit');
    const finance = await as('finance');
    await u.post(`/api/rectifications/${id}/progress`, { note: '整改中' });
    const { rows } = await t.database.pool.query(
      `update rectification_item set status = 'submitted' where id = $1 returning id`,
      [id],
    );
    expect(rows).toHaveLength(1);
    const noEvidence = await finance.post(`/api/rectifications/${id}/close`, {});
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().message).toBe('该整改事项尚无佐证材料，不能销号');
    const noReason = await finance.post(`/api/rectifications/${id}/return`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const returned = (await finance.post(`/api/rectifications/${id}/return`, { reason: '佐证材料不完整' })).json();
    expect(returned.status).toBe('returned');
    expect((await u.get(`/api/rectifications/${id}`)).json().allowedActions).toEqual(['progress', 'attachEvidence']);
    // Evidence is the unit's to add: finance is not offered the upload on the returned item and is refused it.
    expect((await finance.get(`/api/rectifications/${id}`)).json().allowedActions).toEqual([]);
    const upload = (c: Client) =>
      c.request(multipart('/api/attachments', pdf, 'c.pdf', { ownerEntity: 'rectification', ownerId: String(id) }));
    expect((await upload(finance)).statusCode).toBe(403);
    expect((await upload(u)).statusCode).toBe(200);
    expect((await u.post(`/api/rectifications/${id}/progress`, { note: '补充材料' })).json().status).toBe('inProgress');
  });

  it('scoping: another unit gets 404 and an empty list; department sees its units; experts are refused', async () => {
    const id = await raise();
    const other = await as('unit2');
    expect((await other.get(`/api/rectifications/${id}`)).statusCode).toBe(404);
    const list = (await other.get('/api/rectifications?pageSize=500')).json();
    expect(list.items.every((r: { unitId: number }) => r.unitId === unit2Id)).toBe(true);
    expect((await other.post(`/api/rectifications/${id}/progress`, { note: 'x' })).statusCode).toBe(404);
    const dept = await as('department');
    expect((await dept.get(`/api/rectifications/${id}`)).statusCode).toBe(200);
    expect((await (await as('expert')).get('/api/rectifications')).statusCode).toBe(403);
    // a unit cannot enter items
    expect((await (await as('unit')).post('/api/rectifications', item())).statusCode).toBe(403);
  });

  it('links back: GET ?sourceEntity=&sourceId= lists the items a document raised', async () => {
    const { rows } = await t.database.pool.query(
      `insert into rectification_item (region_code, year, source, source_entity, source_id, unit_id, department_id, problem, requirement, deadline)
       select '420102', 2025, 'keyEvaluation', 'keyEvaluation', 987654, id, department_id, '制度不健全', '完善制度', '2099-01-01'
       from org_unit where code = '104002' returning id`,
    );
    const finance = await as('finance');
    const res = (await finance.get('/api/rectifications?sourceEntity=keyEvaluation&sourceId=987654')).json();
    expect(res.items.map((r: { id: number }) => r.id)).toEqual([rows[0].id]);
    expect(res.items[0]).toMatchObject({ status: 'issued', source: 'keyEvaluation' });
  });

  it('overdue items are flagged, counted and reminded once (idempotent)', async () => {
    const id = await raise({ deadline: '2025-03-31', problem: '逾期未整改的问题' });
    const finance = await as('finance');
    expect((await finance.get(`/api/rectifications/${id}`)).json().overdue).toBe(true);
    const overdue = (await finance.get('/api/rectifications/overdue?year=2025')).json();
    expect(overdue.map((r: { id: number }) => r.id)).toContain(id);
    const first = (await finance.post('/api/rectifications/remind', { year: 2025 })).json();
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const second = (await finance.post('/api/rectifications/remind', { year: 2025 })).json();
    expect(second.reminded).toBe(0);
    expect(second.alreadyReminded).toBe(first.reminded + first.alreadyReminded);
    const stats = (await finance.get('/api/rectifications/stats?year=2025')).json();
    expect(stats.overdue).toBeGreaterThanOrEqual(1);
    expect(stats.total).toBe(stats.closed + stats.open);
    expect(stats.monthly).toHaveLength(12);
    expect((await (await as('unit')).post('/api/rectifications/remind', {})).statusCode).toBe(403);
  });

  it('manual entry validates the unit, the project and the date; nothing half-written', async () => {
    const finance = await as('finance');
    const { rows: before } = await t.database.pool.query('select count(*)::int as n from rectification_item');
    const dept = await orgByCode(t.database.db, '104002');
    const foreign = await buildProject(t.database.db, { unitId: unit2Id, departmentId: dept.departmentId });
    for (const bad of [
      { deadline: '2025/01/01' },
      { unitId: dept.departmentId },
      { projectId: foreign.id },
      { problem: '' },
    ]) {
      const res = await finance.post('/api/rectifications', item(bad));
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    const { rows: after } = await t.database.pool.query('select count(*)::int as n from rectification_item');
    expect(after[0].n).toBe(before[0].n);
  });

  it('exports the list as xlsx and a unit notice as Word', async () => {
    await raise();
    const finance = await as('finance');
    const xlsx = await finance.get('/api/rectifications/export?year=2025');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const docx = await finance.get(`/api/rectifications/notice?unitId=${unitId}&year=2025`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
  });
});
