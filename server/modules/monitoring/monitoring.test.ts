import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { buildProject, buildTarget, orgByCode } from '../../test/factories';
import { multipart } from '../../test/multipart';

const YEAR = 2027;
let t: TestApp;
let finance: Client;
let unit: Client;
let unit2: Client;
let dept: Client;
let admin: Client;
const codes: string[] = [];
let roundId = 0;

interface Entry {
  id: number;
  projectCode: string;
  status: string;
  warningColor: string | null;
  executionColor: string | null;
  paid: number | null;
  version: number;
  indicators: { targetIndicatorId: number; name: string; operator: string }[];
  allowedActions: string[];
  unpaidBalance: number;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const mine = await orgByCode(db, '104002');
  const [other] = (
    await t.database.pool.query(
      "select o.id, o.department_id from app_user u join org_unit o on o.id = u.org_id where u.username = 'unit2'",
    )
  ).rows as { id: number; department_id: number }[];
  const owners = [mine, mine, { id: other.id, departmentId: other.department_id }];
  for (const o of owners) {
    const p = await buildProject(db, { year: YEAR, unitId: o.id, departmentId: o.departmentId, status: 'executing' });
    await buildTarget(db, p);
    codes.push(p.code);
  }
  // Out of scope: a draft project, and a budgeted one whose target is not approved yet.
  const draft = await buildProject(db, {
    year: YEAR,
    unitId: mine.id,
    departmentId: mine.departmentId,
    status: 'draft',
  });
  await buildTarget(db, draft);
  const pending = await buildProject(db, { year: YEAR, unitId: mine.id, departmentId: mine.departmentId });
  await buildTarget(db, pending, { status: 'submitted' });
  [finance, unit, unit2, dept, admin] = await Promise.all(
    ['finance', 'unit', 'unit2', 'department', 'admin'].map((u) => t.as(u)),
  );
});
afterAll(async () => t.close());

async function entries(c: Client) {
  return (await c.get(`/api/monitoring/rounds/${roundId}/entries`)).json() as Entry[];
}
async function entry(c: Client, id: number) {
  return (await c.get(`/api/monitoring/entries/${id}`)).json() as Entry;
}
function progress(e: Entry, current: number, likelihood = 'certain', extra: object = {}) {
  return e.indicators.map((i) => ({
    targetIndicatorId: i.targetIndicatorId,
    currentValue: current,
    expectedValue: current * 4,
    likelihood,
    ...extra,
  }));
}

describe('round lifecycle and coverage', () => {
  it('finance opens a round; only approved, budgeted projects enter the scope', async () => {
    expect(
      (
        await unit.post('/api/monitoring/rounds', {
          year: YEAR,
          periodKind: 'quarter',
          period: 1,
          deadline: '2027-04-15',
        })
      ).statusCode,
    ).toBe(403);
    const res = await finance.post('/api/monitoring/rounds', {
      year: YEAR,
      periodKind: 'quarter',
      period: 1,
      deadline: '2027-04-15',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '2027年第一季度', month: 3, inScope: 3 });
    roundId = res.json().id;
    const dup = await finance.post('/api/monitoring/rounds', {
      year: YEAR,
      periodKind: 'quarter',
      period: 1,
      deadline: '2027-04-15',
    });
    expect(dup.json().code).toBe('DUPLICATE');
  });

  it('coverage is live per department and scoped', async () => {
    const round = (await finance.get(`/api/monitoring/rounds/${roundId}`)).json();
    expect(round.totals).toEqual({ inScope: 3, filled: 0, submitted: 0, approved: 0 });
    expect(round.departments).toHaveLength(2);
    expect(round.allowedActions).toContain('recompute');
    const own = (await unit.get(`/api/monitoring/rounds/${roundId}`)).json();
    expect(own.totals.inScope).toBe(2);
    expect(own.allowedActions).not.toContain('recompute');
    expect((await entries(unit)).map((e) => e.projectCode).sort()).toEqual(codes.slice(0, 2).sort());
    const pending = (await finance.get(`/api/monitoring/rounds/${roundId}/pending-units`)).json();
    expect(pending).toHaveLength(2);
    const remind = (await finance.post(`/api/monitoring/rounds/${roundId}/remind`)).json();
    expect(remind.reminded).toBe(2);
  });

  it('a unit of another department cannot see the entry (404)', async () => {
    const [e] = await entries(unit);
    expect((await unit2.get(`/api/monitoring/entries/${e.id}`)).statusCode).toBe(404);
  });
});

describe('filling, warnings and workflow', () => {
  it('refuses paid above the adjusted budget and writes nothing', async () => {
    const [first] = await entries(unit);
    const e = await entry(unit, first.id);
    const res = await unit.put(`/api/monitoring/entries/${e.id}`, {
      fundsReceived: 0,
      paid: 100_000_001,
      indicators: progress(e, 1),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('超过调整后预算');
    const neg = await unit.put(`/api/monitoring/entries/${e.id}`, { fundsReceived: 0, paid: -1 });
    expect(neg.statusCode).toBe(400);
    expect((await entry(unit, e.id)).paid).toBeNull();
  });

  it('requires deviation reasons and an explanation when the likelihood is not 确定能', async () => {
    const [first] = await entries(unit);
    const e = await entry(unit, first.id);
    const noReason = await unit.put(`/api/monitoring/entries/${e.id}`, {
      fundsReceived: 0,
      paid: 0,
      indicators: progress(e, 1, 'possible'),
    });
    expect(noReason.json().message).toContain('须选择偏差原因');
    const noNote = await unit.put(`/api/monitoring/entries/${e.id}`, {
      fundsReceived: 0,
      paid: 0,
      indicators: progress(e, 1, 'possible', { reasons: ['staff'] }),
    });
    expect(noNote.json().message).toContain('偏差原因说明');
  });

  it('names the field and the row of a schema error in Chinese', async () => {
    const [first] = await entries(unit);
    const e = await entry(unit, first.id);
    const rows = progress(e, 1).map((r, i) => (i === 1 ? { ...r, currentText: '进'.repeat(201) } : r));
    const res = await unit.put(`/api/monitoring/entries/${e.id}`, { fundsReceived: 0, paid: 0, indicators: rows });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('第 2 项 当前完成值：不能超过 200 个字符');
    const missing = await unit.put(`/api/monitoring/entries/${e.id}`, { fundsReceived: 0 });
    expect(missing.json().message).toBe('实际执行数：必填');
  });

  it('computes warnings on save: 5 % executed at Q1 → red; on pace → green', async () => {
    const [a, b] = await entries(unit);
    const ea = await entry(unit, a.id);
    const saved = await unit.put(`/api/monitoring/entries/${a.id}`, {
      fundsReceived: 30_000_000,
      paid: 5_000_000,
      indicators: progress(ea, 0, 'impossible', { reasons: ['funding', 'other'], note: '资金未到位' }),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ executionColor: 'red', indicatorColor: 'red', warningColor: 'red' });
    const eb = await entry(unit, b.id);
    const green = await unit.put(`/api/monitoring/entries/${b.id}`, {
      fundsReceived: 30_000_000,
      paid: 25_000_000,
      indicators: eb.indicators.map((i) => ({
        targetIndicatorId: i.targetIndicatorId,
        currentValue: i.operator === '≤' ? 700 : i.name === '校舍维修面积' ? 1500 : 28,
        expectedValue: 100,
        likelihood: 'certain',
      })),
    });
    expect(green.json()).toMatchObject({ executionColor: 'green', warningColor: 'green' });
    const round = (await finance.get(`/api/monitoring/rounds/${roundId}`)).json();
    expect(round.totals.filled).toBe(2);
    const warnings = (await finance.get(`/api/monitoring/warnings?roundId=${roundId}`)).json();
    expect(warnings.rows.map((r: Entry) => r.id)).toEqual([a.id]);
    const heat = (await finance.get(`/api/monitoring/heat?roundId=${roundId}`)).json();
    expect(heat.rows.find((r: { red: number }) => r.red === 1)).toMatchObject({ red: 1, green: 1 });
  });

  it('unit submits → department → finance approves; approved entries lock; admin reopens one unit', async () => {
    const [a] = await entries(unit);
    expect((await unit.post(`/api/monitoring/entries/${a.id}/submit`)).statusCode).toBe(200);
    expect((await unit.put(`/api/monitoring/entries/${a.id}`, { fundsReceived: 0, paid: 0 })).json().code).toBe(
      'INVALID_TRANSITION',
    );
    expect((await finance.post('/api/monitoring/entries/review', { ids: [a.id], action: 'approve' })).json().code).toBe(
      'INVALID_TRANSITION',
    );
    expect((await dept.post('/api/monitoring/entries/review', { ids: [a.id], action: 'return' })).statusCode).toBe(400);
    expect((await dept.post('/api/monitoring/entries/review', { ids: [a.id], action: 'approve' })).statusCode).toBe(
      200,
    );
    expect((await finance.post('/api/monitoring/entries/review', { ids: [a.id], action: 'approve' })).statusCode).toBe(
      200,
    );
    const locked = await unit.put(`/api/monitoring/entries/${a.id}`, { fundsReceived: 0, paid: 0 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('PERIOD_LOCKED');
    const mine = await orgByCode(t.database.db, '104002');
    expect(
      (await finance.post(`/api/monitoring/rounds/${roundId}/reopen-unit`, { unitId: mine.id, reason: '数据有误' }))
        .statusCode,
    ).toBe(403);
    const reopen = await admin.post(`/api/monitoring/rounds/${roundId}/reopen-unit`, {
      unitId: mine.id,
      reason: '国库数据更正',
    });
    expect(reopen.statusCode).toBe(200);
    const after = await entry(unit, a.id);
    expect(after.status).toBe('returned');
    expect(after.allowedActions).toContain('save');
  });
});

describe('disposal and recovery', () => {
  it('refuses a recovery above the unpaid balance and changes nothing', async () => {
    const [a] = await entries(unit);
    const before = (await finance.get(`/api/monitoring/recoveries?year=${YEAR}`)).json();
    expect(before.total).toBe(0);
    const e = await entry(finance, a.id);
    expect(e.unpaidBalance).toBe(95_000_000);
    const res = await finance.post(`/api/monitoring/entries/${a.id}/disposals`, {
      kind: 'recoverFunds',
      amount: 95_000_001,
      reason: '执行进度严重滞后',
      approver: '王局长',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('超过未支付余额');
    expect((await entry(finance, a.id)).unpaidBalance).toBe(95_000_000);
  });

  it('a recovery reduces the adjusted budget and adds exactly its amount to the totals', async () => {
    const [a] = await entries(unit);
    expect(
      (
        await unit.post(`/api/monitoring/entries/${a.id}/disposals`, {
          kind: 'recoverFunds',
          amount: 1,
          reason: 'x',
          approver: 'y',
        })
      ).statusCode,
    ).toBe(403);
    const res = await finance.post(`/api/monitoring/entries/${a.id}/disposals`, {
      kind: 'recoverFunds',
      amount: 12_345_678,
      reason: '执行进度严重滞后，按程序收回',
      approver: '王局长',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ budgetBefore: 100_000_000, budgetAfter: 87_654_322 });
    const { rows } = await t.database.pool.query('select adjusted_amount from project where code = $1', [
      a.projectCode,
    ]);
    expect(Number(rows[0].adjusted_amount)).toBe(87_654_322);
    const totals = (await finance.get(`/api/monitoring/recoveries?year=${YEAR}`)).json();
    expect(totals).toMatchObject({ total: 12_345_678, count: 1, projects: 1 });
    expect((await entry(finance, a.id)).unpaidBalance).toBe(82_654_322);
    const other = (await unit2.get(`/api/monitoring/recoveries?year=${YEAR}`)).json();
    expect(other.total).toBe(0);
  });

  it('urging rectification raises a rectification item with source monitoring', async () => {
    const [a] = await entries(unit);
    const res = await finance.post(`/api/monitoring/entries/${a.id}/disposals`, {
      kind: 'urgeRectification',
      reason: '目标完成可能性为完全不可能',
      approver: '绩效科科长',
      deadline: '2027-06-30',
    });
    expect(res.statusCode).toBe(200);
    const { rows } = await t.database.pool.query('select source, source_id from rectification_item where id = $1', [
      res.json().rectificationItemId,
    ]);
    expect(rows[0]).toEqual({ source: 'monitoring', source_id: a.id });
  });

  it('adjusting targets starts the mid-year adjustment of the project’s target in the same transaction', async () => {
    const [a] = await entries(unit);
    const res = await finance.post(`/api/monitoring/entries/${a.id}/disposals`, {
      kind: 'adjustTargets',
      reason: '实施内容变化，产出数量需调减',
      approver: '绩效科科长',
    });
    expect(res.statusCode, res.body).toBe(200);
    const targetId = res.json().adjustedTargetId as number;
    const draft = (await unit.get(`/api/targets/${targetId}`)).json();
    expect(draft).toMatchObject({ versionNo: 2, status: 'draft', isCurrent: false });
    expect(draft.adjustReason).toContain('实施内容变化，产出数量需调减');
    expect(draft.allowedActions).toContain('submit');
    const inbox = (await unit.get('/api/inbox')).json();
    expect(JSON.stringify(inbox)).toContain(`/targets/${targetId}`);
    // an adjustment already under way: the second disposal is refused and nothing is written
    const count = async () =>
      (await t.database.pool.query('select count(*)::int as n from monitoring_disposal where entry_id = $1', [a.id]))
        .rows[0].n as number;
    const before = await count();
    const again = await finance.post(`/api/monitoring/entries/${a.id}/disposals`, {
      kind: 'adjustTargets',
      reason: '再次调整',
      approver: '绩效科科长',
    });
    expect(again.statusCode).toBe(409);
    expect(await count()).toBe(before);
  });
});

async function sheet(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('预算执行');
  ws.addRow([
    '项目编码',
    '项目名称',
    '年初预算（元）',
    '调整后预算（元）',
    '到位资金（元）',
    '实际执行数（元）',
    '执行率（%）',
  ]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('execution import', () => {
  it('is all-or-nothing with per-row errors', async () => {
    const file = await sheet([
      [codes[2], '', '', '', '100000', '50000', ''],
      ['NOPE-1', '', '', '', '1', '1', ''],
      [codes[2], '', '', '', '1', '1', ''],
      [codes[1], '', '', '', '1', '2000000', ''],
      [codes[1], '', '', '', '-5', '1', ''],
    ]);
    const res = await finance.request(multipart(`/api/monitoring/rounds/${roundId}/import`, file, 'exec.xlsx'));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('IMPORT_ROW_INVALID');
    const messages = res
      .json()
      .details.errors.map((e: { message: string }) => e.message)
      .join('|');
    expect(messages).toContain('不存在或不在本轮监控范围内');
    expect(messages).toContain('重复');
    expect(messages).toContain('超过调整后预算');
    expect(messages).toContain('不能为负数');
    const { rows } = await t.database.pool.query(
      'select count(*)::int as n from monitoring_entry where round_id = $1 and filled_at is not null',
      [roundId],
    );
    expect(rows[0].n).toBe(2);
  });

  it('a unit cannot import rows of another unit (out of scope)', async () => {
    const file = await sheet([[codes[2], '', '', '', '1', '1', '']]);
    const res = await unit.request(multipart(`/api/monitoring/rounds/${roundId}/import`, file, 'exec.xlsx'));
    expect(res.json().code).toBe('IMPORT_ROW_INVALID');
  });

  it('imports valid rows and recomputes execution warnings', async () => {
    const file = await sheet([[codes[2], '', '', '', '300000', '250000.50', '']]);
    const res = await finance.request(multipart(`/api/monitoring/rounds/${roundId}/import`, file, 'exec.xlsx'));
    expect(res.json()).toEqual({ imported: 1 });
    const row = (await entries(finance)).find((e) => e.projectCode === codes[2]);
    expect(row).toMatchObject({ paid: 25_000_050, executionColor: 'green' });
    const exported = await finance.get(`/api/monitoring/rounds/${roundId}/export`);
    expect(exported.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].rowCount).toBe(4);
  });
});
