import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../platform/context';
import { checkProjectGates, type ProjectGateRequest } from '../../platform/gates';
import { createTestApp, type TestApp } from '../../test/app';
import { financeCtx } from '../../test/factories';
import { auditCount, expectOneWinner, times } from '../../test/security/one-winner';
import { applyAndSubmit, as, expertIds, newProject, scoreAll, WAN } from './test-helpers';

let t: TestApp;
let ctx: Ctx;
const PANEL = ['expert', 'expert2', 'expert3'];

beforeAll(async () => {
  t = await createTestApp();
  ctx = await financeCtx(t.database.db);
});
afterAll(async () => t.close());

/** Runs the project gates the way the projects module does: inside a transaction. */
async function gate(req: ProjectGateRequest) {
  try {
    await t.database.db.transaction((tx) => checkProjectGates(tx, ctx, req));
    return { ok: true as const };
  } catch (err) {
    const e = err as { code?: string; message: string; details?: { rule?: string } };
    return { ok: false as const, code: e.code, message: e.message, rule: e.details?.rule };
  }
}

async function projectRow(id: number) {
  const { rows } = await t.database.pool.query(
    'select status, approved_amount::bigint as approved, adjusted_amount::bigint as adjusted from project where id = $1',
    [id],
  );
  const r = rows[0] as { status: string; approved: string | null; adjusted: string | null };
  const num = (v: string | null) => (v === null ? null : Number(v));
  return { status: r.status, approved: num(r.approved), adjusted: num(r.adjusted) };
}

async function concludedProject(conclusion: 'partialSupport' | 'reject', ratio: number, recommended: number) {
  const p = await newProject(t);
  const finance = await as(t, 'finance');
  const id = await applyAndSubmit(t, await as(t, 'unit'), p.id);
  const panel = await finance.put(`/api/ex-ante/assessments/${id}/panel`, {
    expertIds: await expertIds(finance, PANEL),
    templateKind: 'project',
  });
  expect(panel.statusCode).toBe(200);
  await scoreAll(t, id, PANEL, [ratio, ratio, ratio]);
  const res = await finance.post(`/api/ex-ante/assessments/${id}/conclude`, {
    conclusion,
    recommendedAmount: recommended,
    opinion: '评审意见',
  });
  expect(res.statusCode, res.body).toBe(200);
  return { project: p, id };
}

describe('ex-ante gate', () => {
  it('blocks entering the library and any budget before an assessment exists, with the rule named', async () => {
    const p = await newProject(t);
    const enter = await gate({ projectId: p.id, action: 'enterLibrary' });
    expect(enter).toMatchObject({ ok: false, code: 'GATE_BLOCKED', rule: 'ASSESSMENT_PENDING' });
    expect(enter.ok || enter.message).toContain('须完成事前绩效评估');
    expect(await gate({ projectId: p.id, action: 'budget', amount: 100 * WAN })).toMatchObject({
      code: 'GATE_BLOCKED',
    });
    const explained = (await (await as(t, 'finance')).get(`/api/ex-ante/gate/${p.id}`)).json();
    expect(explained).toMatchObject({ required: true, assessor: 'finance', open: false });
  });

  it('stays closed while the assessment is under way (submitted, not concluded)', async () => {
    const p = await newProject(t);
    await applyAndSubmit(t, await as(t, 'unit'), p.id);
    expect(await gate({ projectId: p.id, action: 'enterLibrary' })).toMatchObject({ rule: 'ASSESSMENT_PENDING' });
  });

  it('after 不予支持 the project can neither enter the library nor get a budget', async () => {
    const { project, id } = await concludedProject('reject', 0.5, 0);
    expect(await gate({ projectId: project.id, action: 'enterLibrary' })).toMatchObject({
      code: 'GATE_BLOCKED',
      rule: 'ASSESSMENT_NOT_SUPPORTED',
    });
    const finance = await as(t, 'finance');
    const res = await finance.post(`/api/ex-ante/assessments/${id}/enter-library`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('GATE_BLOCKED');
    expect(await projectRow(project.id)).toMatchObject({ status: 'pendingAssessment', approved: null });
  });

  it('after 部分支持 the budget may not exceed the recommended amount; at the recommended amount it enters the library', async () => {
    const { project, id } = await concludedProject('partialSupport', 0.7, 520 * WAN);
    expect(await gate({ projectId: project.id, action: 'budget', amount: 520 * WAN + 1 })).toMatchObject({
      code: 'GATE_BLOCKED',
      rule: 'BUDGET_EXCEEDS_RECOMMENDED',
    });
    expect(await gate({ projectId: project.id, action: 'budget', amount: 520 * WAN })).toEqual({ ok: true });
    expect(await gate({ projectId: project.id, action: 'enterLibrary' })).toEqual({ ok: true });
    const finance = await as(t, 'finance');
    const above = await finance.post(`/api/ex-ante/assessments/${id}/enter-library`, { amount: 600 * WAN });
    expect(above.statusCode).toBe(409);
    expect(above.json().message).toContain('超过事前评估建议安排金额');
    expect(await projectRow(project.id)).toMatchObject({ status: 'pendingAssessment', approved: null });
    const ok = await finance.post(`/api/ex-ante/assessments/${id}/enter-library`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await projectRow(project.id)).toEqual({ status: 'inLibrary', approved: 520 * WAN, adjusted: 520 * WAN });
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from audit_event where entity = 'project' and entity_id = $1 and action = 'enterLibrary'`,
      [String(project.id)],
    );
    expect(rows[0].n).toBe(1);
  });

  it('a double-clicked 按建议金额入库 enters the library once; later the assessment cannot reset the budget', async () => {
    const { project, id } = await concludedProject('partialSupport', 0.7, 520 * WAN);
    const finance = await as(t, 'finance');
    expectOneWinner(await times(() => finance.post(`/api/ex-ante/assessments/${id}/enter-library`, {})));
    expect(await auditCount(t, 'project', project.id, 'enterLibrary')).toBe(1);
    await t.database.pool.query('update project set adjusted_amount = $2 where id = $1', [project.id, 500 * WAN]);
    const replay = await finance.post(`/api/ex-ante/assessments/${id}/enter-library`, { amount: 510 * WAN });
    expect(replay.statusCode).toBe(409);
    expect(replay.json().message).toContain('已入库');
    expect(await projectRow(project.id)).toEqual({ status: 'inLibrary', approved: 520 * WAN, adjusted: 500 * WAN });
  });

  it('lets a project that does not need an assessment through (continuing, below threshold)', async () => {
    const p = await newProject(t, '104002', { isNew: false, requestedAmount: 80 * WAN });
    expect(await gate({ projectId: p.id, action: 'enterLibrary' })).toEqual({ ok: true });
    expect(await gate({ projectId: p.id, action: 'budget', amount: 80 * WAN })).toEqual({ ok: true });
  });

  it('a designated project (指定评估) is gated even below the threshold', async () => {
    const p = await newProject(t, '104002', { requestedAmount: 50 * WAN, designatedForAssessment: true });
    expect(await gate({ projectId: p.id, action: 'enterLibrary' })).toMatchObject({ code: 'GATE_BLOCKED' });
  });
});
