import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatWan } from '../../../core/money';
import { loadWorkbook } from '../../platform/excel';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const q = async <T>(text: string, params: unknown[] = []) => (await t.database.pool.query(text, params)).rows as T[];
const exists = async (table: string) =>
  (await q<{ ok: boolean }>('select to_regclass($1) is not null as ok', [`public.${table}`]))[0].ok;

/** Independent SQL over the same rows (written here, not imported from the module). */
async function expected(year: number) {
  const [tr] = await q<{ s: number; u: number }>(
    `select count(distinct s.id)::int as s, count(distinct a.unit_id)::int as u from training_session s
     left join training_attendance a on a.session_id = s.id
     where s.region_code = '420102' and s.year = $1 and s.cancelled_at is null`,
    [year],
  );
  const out = {
    sessions: tr.s,
    units: tr.u,
    exAnte: 0,
    cut: 0,
    reviewUnits: 0,
    suggestions: 0,
    recovery: 0,
    key: 0,
    fields: 0,
    closed: 0,
  };
  if (await exists('ex_ante_assessment')) {
    const [r] = await q<{ n: number; cut: string }>(
      `select count(*)::int as n, coalesce(sum(greatest(requested_amount - coalesce(recommended_amount, requested_amount), 0)), 0)::text as cut
       from ex_ante_assessment where region_code = '420102' and year = $1 and status = 'concluded'`,
      [year],
    );
    Object.assign(out, { exAnte: r.n, cut: Number(r.cut) });
  }
  if (await exists('review_finding')) {
    const [r] = await q<{ n: number; u: number }>(
      `select count(*)::int as n, count(distinct f.unit_id)::int as u from review_finding f join review_batch b on b.id = f.batch_id
       where f.region_code = '420102' and b.work_year = $1 and f.status = 'accepted'`,
      [year],
    );
    Object.assign(out, { suggestions: r.n, reviewUnits: r.u });
  }
  if (await exists('monitoring_disposal')) {
    const [r] = await q<{ a: string }>(
      `select coalesce(sum(amount), 0)::text as a from monitoring_disposal where region_code = '420102' and year = $1 and kind = 'recoverFunds'`,
      [year],
    );
    out.recovery = Number(r.a);
  }
  if (await exists('key_evaluation')) {
    const [r] = await q<{ n: number }>(
      `select count(*)::int as n from key_evaluation where region_code = '420102' and year = $1 and stage <> 'cancelled'`,
      [year],
    );
    out.key = r.n;
  }
  const [f] = await q<{ n: number }>(
    `select count(distinct field_code)::int as n from library_indicator where region_code = '420102' and year = $1 and status = 'enabled'`,
    [year + 1],
  );
  out.fields = f.n;
  const [c] = await q<{ n: number }>(
    `select count(*)::int as n from rectification_item where region_code = '420102' and year = $1 and status = 'closed'`,
    [year],
  );
  out.closed = c.n;
  return out;
}

describe('the seed report from the demo rows', () => {
  it('states the customer figures for 2025 because the seeded rows say so', async () => {
    const f = (await (await t.as('leader')).get('/api/reports/annual?year=2025')).json().figures;
    expect([f.trainingSessions, f.trainingUnits > 70]).toEqual([3, true]);
    expect([f.exAnteProjects, f.exAnteCutFen]).toEqual([7, 291_000_000]);
    expect([f.reviewUnits, f.reviewSuggestions]).toEqual([39, 287]);
    expect(f.recoveryFen).toBe(405_780_000);
    expect(f.keyEvaluations).toBe(10);
    expect([...f.keyEvaluationKinds].sort()).toEqual(['政府债务', '政府采购', '政府购买服务', '部门整体'].sort());
    expect(f.keyEvaluationBudgetTypes).toHaveLength(3);
    expect(f.indicatorFields).toBe(12);
  });
});

describe('annual report', () => {
  it('the 2025 figures equal independent SQL counts over the same rows', async () => {
    const leader = await t.as('leader');
    const res = await leader.get('/api/reports/annual?year=2025');
    expect(res.statusCode).toBe(200);
    const f = res.json().figures;
    const e = await expected(2025);
    expect(f.trainingSessions).toBe(3);
    expect(f.trainingUnits).toBeGreaterThan(70);
    expect([f.trainingSessions, f.trainingUnits]).toEqual([e.sessions, e.units]);
    expect([f.exAnteProjects, f.exAnteCutFen]).toEqual([e.exAnte, e.cut]);
    expect([f.reviewUnits, f.reviewSuggestions]).toEqual([e.reviewUnits, e.suggestions]);
    expect(f.recoveryFen).toBe(e.recovery);
    expect(f.keyEvaluations).toBe(e.key);
    expect(f.indicatorFields).toBe(e.fields);
    expect(f.rectificationClosed).toBe(e.closed);
    const s1 = res.json().paragraphs.find((p: { key: string }) => p.key === 's1.body').text;
    expect(s1).toContain('全年开展政策宣讲3场，覆盖70余个预算单位');
    const s21 = res.json().paragraphs.find((p: { key: string }) => p.key === 's2.1.body').text;
    expect(s21).toContain(`对${e.exAnte}个重点预算项目`);
  });

  it('a new training session changes the report', async () => {
    const finance = await t.as('finance');
    const { rows } = await t.database.pool.query(
      "select id from org_unit where kind = 'budgetUnit' order by code limit 2",
    );
    const before = (await finance.get('/api/reports/annual?year=2025')).json().figures;
    await finance.post('/api/trainings', {
      title: '年末点对点辅导',
      mode: 'oneToOne',
      heldOn: '2025-12-10',
      unitIds: rows.map((r: { id: number }) => r.id),
    });
    const after = (await finance.get('/api/reports/annual?year=2025')).json();
    expect(after.figures.trainingSessions).toBe(before.trainingSessions + 1);
    expect(after.figures.trainingUnits).toBe((await expected(2025)).units);
    expect(after.paragraphs.find((p: { key: string }) => p.key === 's1.body').text).toContain(
      `开展政策宣讲${before.trainingSessions + 1}场`,
    );
  });

  it('the Word document, parsed back, states the figures in 仿宋/黑体 with page numbers and a three-line table', async () => {
    const leader = await t.as('leader');
    const res = await leader.request({ method: 'GET', url: '/api/reports/annual?year=2025&format=docx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    const f = (await leader.get('/api/reports/annual?year=2025')).json().figures;
    expect(text).toContain('预算绩效工作开展情况说明');
    expect(text).toContain(`全年开展政策宣讲${f.trainingSessions}场`);
    expect(text).toContain(`对${f.exAnteProjects}个重点预算项目开展事前绩效评估`);
    expect(text).toContain(`共向${f.reviewUnits}家预算单位针对性反馈改进建议${f.reviewSuggestions}条`);
    expect(text).toContain(`开展财政重点绩效评价项目${f.keyEvaluations}个`);
    expect(text).toContain(formatWan(f.recoveryFen));
    for (const h of [
      '一、健全制度体系',
      '二、构建全流程',
      '（一）严把事前评估',
      '三、优化指标体系',
      '四、深化结果应用',
      '五、夯实整改成效',
      '下一步',
    ]) {
      expect(text).toContain(h);
    }
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('<w:tbl>');
    const footers = Object.keys(zip.files).filter((n) => n.startsWith('word/footer'));
    const footerXml = await Promise.all(footers.map((n) => zip.file(n)?.async('string')));
    expect(footerXml.join('')).toContain('PAGE');
  });

  it('the xlsx holds the same figure table, counts and amounts as numeric cells finance can sum', async () => {
    const finance = await t.as('finance');
    const res = await finance.request({ method: 'GET', url: '/api/reports/annual?year=2025&format=xlsx' });
    expect(res.statusCode).toBe(200);
    const wb = await loadWorkbook(res.rawPayload);
    const ws = wb.worksheets[0];
    const cells = new Map<string, ExcelJS.Cell>();
    ws.eachRow((r) => cells.set(String(r.getCell(2).value), r.getCell(3)));
    const f = (await finance.get('/api/reports/annual?year=2025')).json().figures;
    const figure = (name: string) => {
      const cell = cells.get(name);
      if (!cell) throw new Error(`no row ${name}`);
      return { type: cell.type, value: cell.value, numFmt: cell.numFmt };
    };
    expect(f.trainingSessions).toBeGreaterThan(0);
    expect(figure('政策宣讲场次')).toEqual({
      type: ExcelJS.ValueType.Number,
      value: f.trainingSessions,
      numFmt: '#,##0',
    });
    expect(figure('宣讲覆盖预算单位')).toMatchObject({ type: ExcelJS.ValueType.Number, value: f.trainingUnits });
    expect(f.recoveryFen).toBeGreaterThan(0);
    expect(figure('收回预算资金')).toEqual({
      type: ExcelJS.ValueType.Number,
      value: f.recoveryFen / 1_000_000,
      numFmt: '#,##0.00',
    });
    expect(figure('事前评估核减')).toMatchObject({ type: ExcelJS.ValueType.Number, value: f.exAnteCutFen / 1_000_000 });
    expect(figure('评价类型').type).toBe(ExcelJS.ValueType.String);
  });

  it('finance edits a paragraph template per year; figures stay computed; unknown placeholders are refused', async () => {
    const finance = await t.as('finance');
    const bad = await finance.put('/api/reports/templates', {
      year: 2025,
      paragraphs: [{ key: 's1.body', text: '共{trainingSesions}场' }],
    });
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    const empty = await finance.put('/api/reports/templates', {
      year: 2025,
      paragraphs: [{ key: 's1.body', text: ' ' }],
    });
    expect(empty.json().message).toBe('第 1 段 正文：段落不能为空');
    const ok = await finance.put('/api/reports/templates', {
      year: 2025,
      paragraphs: [{ key: 's1.body', text: '本年共举办宣讲{trainingSessions}场，惠及{trainingUnits}个单位。' }],
    });
    expect(ok.statusCode).toBe(200);
    const r = (await finance.get('/api/reports/annual?year=2025')).json();
    const p = r.paragraphs.find((x: { key: string }) => x.key === 's1.body');
    expect(p.edited).toBe(true);
    expect(p.text).toBe(`本年共举办宣讲${r.figures.trainingSessions}场，惠及${r.figures.trainingUnits}个单位。`);
    const other = (await finance.get('/api/reports/annual?year=2024')).json();
    expect(other.paragraphs.find((x: { key: string }) => x.key === 's1.body').edited).toBe(false);
    const leader = await t.as('leader');
    expect(
      (await leader.put('/api/reports/templates', { year: 2025, paragraphs: [{ key: 's1.body', text: 'x' }] }))
        .statusCode,
    ).toBe(403);
    expect((await (await t.as('unit')).get('/api/reports/annual?year=2025')).statusCode).toBe(403);
  });
});

describe('cockpit', () => {
  it('the leader sees the funnel, money and framework numbers, each with a link to its list', async () => {
    const leader = await t.as('leader');
    const res = await leader.get('/api/dashboard/cockpit?year=2025');
    expect(res.statusCode).toBe(200);
    const c = res.json();
    expect(c.funnel.map((s: { key: string }) => s.key)).toEqual([
      'projects',
      'assessed',
      'targetsApproved',
      'monitored',
      'selfEvaluated',
      'reviewed',
      'keyEvaluated',
      'rectified',
    ]);
    const [p] = await q<{ n: number }>(
      "select count(*)::int as n from project where region_code = '420102' and year = 2025 and status <> 'draft'",
    );
    expect(c.funnel[0].value).toBe(p.n);
    for (const s of c.funnel) expect(s.link.path).toMatch(/^\//);
    const units = c.framework.find((x: { key: string }) => x.key === 'trainingUnits');
    expect(units.value).toBe((await expected(2025)).units);
    expect(units.link).toEqual({ path: '/framework/trainings', query: { year: 2025 } });
    expect(c.money.find((m: { key: string }) => m.key === 'recovered').fen).toBe((await expected(2025)).recovery);
    expect((await (await t.as('unit')).get('/api/dashboard/cockpit?year=2025')).statusCode).toBe(403);
  });
});
