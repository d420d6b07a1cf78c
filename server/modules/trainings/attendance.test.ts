import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../platform/excel';
import { createTestApp, type TestApp } from '../../test/app';
import { multipart } from '../../test/multipart';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const q = async <T>(text: string, params: unknown[] = []) => (await t.database.pool.query(text, params)).rows as T[];
const session = { title: '绩效自评填报辅导', mode: 'offline', heldOn: '2025-12-02', topic: '自评表填报' };

async function sheet(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('签到表');
  ws.addRow(['单位编码', '单位名称', '签到人']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function units(n: number) {
  return q<{ id: number; code: string; name: string }>(
    "select id, code, name from org_unit where region_code = '420102' and kind = 'budgetUnit' order by code limit $1",
    [n],
  );
}

describe('training editing, cancelling and sign-in sheets', () => {
  it('finance edits a session; a stale version gets CONFLICT; the edit is audited', async () => {
    const finance = await t.as('finance');
    const { id } = (await finance.post('/api/trainings', session)).json();
    const ok = await finance.put(`/api/trainings/${id}`, { ...session, title: '自评填报辅导（改）', version: 1 });
    expect(ok.statusCode).toBe(200);
    expect((await finance.get(`/api/trainings/${id}`)).json()).toMatchObject({
      title: '自评填报辅导（改）',
      version: 2,
    });
    expect((await finance.put(`/api/trainings/${id}`, { ...session, version: 1 })).json().code).toBe('CONFLICT');
    const [a] = await q<{ n: number }>(
      "select count(*)::int n from audit_event where entity = 'trainingSession' and entity_id = $1",
      [id],
    );
    expect(a.n).toBe(2);
  });

  it('imports a sign-in sheet by code or by name, keeps earlier units, and exports the same columns', async () => {
    const finance = await t.as('finance');
    const [u1, u2, u3] = await units(3);
    const { id } = (await finance.post('/api/trainings', { ...session, unitIds: [u1.id] })).json();
    const buf = await sheet([
      [u1.code, u1.name, '张三'],
      [u2.code, '', '李四'],
      ['', u3.name, '王五'],
    ]);
    const res = await finance.request(multipart(`/api/trainings/${id}/attendance/import`, buf, '签到表.xlsx'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ rows: 3, added: 2, units: 3 });
    const detail = (await finance.get(`/api/trainings/${id}`)).json();
    expect(detail.units.map((u: { id: number }) => u.id).sort()).toEqual([u1.id, u2.id, u3.id].sort());
    const out = await finance.get(`/api/trainings/${id}/attendance.xlsx`);
    expect(out.statusCode).toBe(200);
    const ws = (await loadWorkbook(out.rawPayload)).worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, '单位编码', '单位名称', '签到人']);
    expect(ws.actualRowCount).toBe(4);
  });

  it('an unknown unit fails the whole sheet with its row, nothing recorded; units cannot import', async () => {
    const finance = await t.as('finance');
    const [u1, u2] = await units(2);
    const { id } = (await finance.post('/api/trainings', session)).json();
    const buf = await sheet([
      [u1.code, u1.name, ''],
      ['999999', '', ''],
      [u2.code, '不是这个单位', ''],
    ]);
    const res = await finance.request(multipart(`/api/trainings/${id}/attendance/import`, buf, '签到表.xlsx'));
    expect(res.json().code).toBe('IMPORT_ROW_INVALID');
    expect(res.json().details.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, '单位编码'],
      [4, '单位名称'],
    ]);
    const [n] = await q<{ n: number }>('select count(*)::int n from training_attendance where session_id = $1', [id]);
    expect(n.n).toBe(0);
    const unit = await t.as('unit');
    const denied = await unit.request(multipart(`/api/trainings/${id}/attendance/import`, buf, '签到表.xlsx'));
    expect(denied.statusCode).toBe(403);
  });

  it('a cancelled session leaves coverage and the annual report, and cannot be edited or cancelled again', async () => {
    const finance = await t.as('finance');
    const cov = (await finance.get('/api/trainings/coverage?year=2025')).json();
    const report = (await finance.get('/api/reports/annual?year=2025')).json().figures;
    const target = cov.notReached[0].id;
    const { id } = (await finance.post('/api/trainings', { ...session, unitIds: [target] })).json();
    expect((await finance.get('/api/trainings/coverage?year=2025')).json().unitsReached).toBe(cov.unitsReached + 1);
    const res = await finance.post(`/api/trainings/${id}/cancel`, { reason: '因故延期', version: 1 });
    expect(res.statusCode).toBe(200);
    const after = (await finance.get('/api/trainings/coverage?year=2025')).json();
    expect([after.sessions, after.unitsReached]).toEqual([cov.sessions, cov.unitsReached]);
    const again = (await finance.get('/api/reports/annual?year=2025')).json().figures;
    expect([again.trainingSessions, again.trainingUnits]).toEqual([report.trainingSessions, report.trainingUnits]);
    const listed = (await finance.get('/api/trainings?year=2025&pageSize=100')).json().items;
    expect(listed.find((s: { id: number }) => s.id === id).cancelReason).toBe('因故延期');
    expect((await finance.post(`/api/trainings/${id}/cancel`, { reason: 'x', version: 2 })).json().code).toBe(
      'INVALID_TRANSITION',
    );
    expect((await finance.put(`/api/trainings/${id}`, { ...session, version: 2 })).json().code).toBe(
      'INVALID_TRANSITION',
    );
    const leader = await t.as('leader');
    expect((await leader.post(`/api/trainings/${id}/cancel`, { reason: 'x', version: 2 })).statusCode).toBe(403);
  });
});
