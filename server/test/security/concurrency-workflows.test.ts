import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  application,
  applyAndSubmit,
  as,
  expertIds,
  newProject,
  scoreAll,
  WAN,
} from '../../modules/ex-ante/test-helpers';
import { inputsFor, planItem } from '../../modules/key-evaluations/test-helpers';
import { type Client, createTestApp, type TestApp } from '../app';
import { auditCount, expectOneWinner, times } from './one-winner';

/** Ex-ante (事前评估) and key evaluation (重点评价) workflows under concurrent double steps. */
let t: TestApp;
let unit: Client;
let finance: Client;
beforeAll(async () => {
  t = await createTestApp();
  unit = await as(t, 'unit');
  finance = await as(t, 'finance');
});
afterAll(async () => t.close());

const EX_ANTE = 'exAnteAssessment';
const PANEL = ['expert', 'expert2', 'expert3'];

async function inboxTasks(entity: string, id: number, status: string) {
  const { rows } = await t.database.pool.query(
    'select count(*)::int as n from task where entity = $1 and entity_id = $2 and status = $3',
    [entity, id, status],
  );
  return rows[0].n as number;
}

describe('ex-ante workflow under concurrency', () => {
  it('5× submit, 5× return, 5× resubmit, 5× form panel, 5× conclude → one of each, one audit event each', async () => {
    const project = await newProject(t);
    const id = await applyAndSubmit(t, unit, project.id);
    expect(await auditCount(t, EX_ANTE, id, 'submit')).toBe(1);
    // The application is submitted: a racing second round of submits must not slip through.
    const again = await times(() => unit.post(`/api/ex-ante/assessments/${id}/submit`));
    expect(again.every((r) => r.statusCode === 409)).toBe(true);
    expect(await auditCount(t, EX_ANTE, id, 'submit')).toBe(1);

    const returned = expectOneWinner(
      await times(() => finance.post(`/api/ex-ante/assessments/${id}/return`, { reason: '材料不全，请补充' })),
    );
    expect(returned.status).toBe('returned');
    expect(await auditCount(t, EX_ANTE, id, 'return')).toBe(1);
    expect(await inboxTasks(EX_ANTE, id, 'open')).toBe(1);

    const resaved = await unit.put(`/api/ex-ante/assessments/${id}/application`, application(returned.version));
    expect(resaved.statusCode, resaved.body).toBe(200);
    const resubmitted = expectOneWinner(await times(() => unit.post(`/api/ex-ante/assessments/${id}/submit`)));
    expect(resubmitted.status).toBe('submitted');
    expect(await auditCount(t, EX_ANTE, id, 'submit')).toBe(2);
    expect(await inboxTasks(EX_ANTE, id, 'open')).toBe(1);

    const panel = { expertIds: await expertIds(finance, PANEL), templateKind: 'project' };
    const formed = await times(() => finance.put(`/api/ex-ante/assessments/${id}/panel`, panel));
    // Re-forming a panel before any sheet is in is allowed, so the races serialise; each success is one audit row
    // and the panel is never doubled.
    const wins = formed.filter((r) => r.statusCode === 200).length;
    expect(wins).toBeGreaterThanOrEqual(1);
    for (const r of formed) expect([200, 409]).toContain(r.statusCode);
    expect(await auditCount(t, EX_ANTE, id, 'formPanel')).toBe(wins);
    const { rows: seats } = await t.database.pool.query(
      'select count(*)::int as n from ex_ante_panel_member where assessment_id = $1',
      [id],
    );
    expect(seats[0].n).toBe(PANEL.length);

    await scoreAll(t, id, PANEL, [0.7, 0.7, 0.7]);
    const body = { conclusion: 'partialSupport', recommendedAmount: 500 * WAN, opinion: '部分支持' };
    const concluded = expectOneWinner(await times(() => finance.post(`/api/ex-ante/assessments/${id}/conclude`, body)));
    expect(concluded.status).toBe('concluded');
    expect(await auditCount(t, EX_ANTE, id, 'conclude')).toBe(1);
    const detail = (await finance.get(`/api/ex-ante/assessments/${id}`)).json();
    expect(detail).toMatchObject({ status: 'concluded', version: concluded.version });
  });
});

describe('key evaluation workflow under concurrency', () => {
  const KE = 'keyEvaluation';
  const act = (id: number, action: string, extra: Record<string, unknown> = {}) =>
    finance.post(`/api/key-evaluations/${id}/transition`, { action, deliverable: `${action}成果`, ...extra });

  it('5× each step to the report, then finalise racing return → one transition and one audit event per step', async () => {
    const id = await planItem(t, finance, 'purchasedService', 'finance');
    for (const action of ['issueNotice', 'confirmWorkPlan', 'startFieldWork']) {
      expectOneWinner(await times(() => act(id, action)));
      expect(await auditCount(t, KE, id, action)).toBe(1);
    }
    const detail = (await finance.get(`/api/key-evaluations/${id}`)).json();
    const scored = await finance.put(`/api/key-evaluations/${id}/scores`, { inputs: inputsFor(detail.indicators) });
    expect(scored.statusCode, scored.body).toBe(200);
    for (const action of ['submitPreliminary', 'requestViews']) {
      expectOneWinner(await times(() => act(id, action)));
      expect(await auditCount(t, KE, id, action)).toBe(1);
    }
    const text = { summary: '基本情况', conclusion: '总体完成目标', suggestions: '加强管理' };
    expect((await finance.put(`/api/key-evaluations/${id}/report-text`, text)).statusCode).toBe(200);
    expectOneWinner(await times(() => act(id, 'submitReport')));
    // Different transitions from the same stage race: finalise ×3 against return ×2, exactly one wins.
    const race = await Promise.all([
      act(id, 'finalise'),
      act(id, 'return', { reason: '报告需完善' }),
      act(id, 'finalise'),
      act(id, 'return', { reason: '报告需完善' }),
      act(id, 'finalise'),
    ]);
    const winner = expectOneWinner(race);
    const finalised = await auditCount(t, KE, id, 'finalise');
    const returned = await auditCount(t, KE, id, 'return');
    expect(finalised + returned).toBe(1);
    expect(winner.stage).toBe(finalised === 1 ? 'finalised' : 'preliminary');
    const after = (await finance.get(`/api/key-evaluations/${id}`)).json();
    expect(after).toMatchObject({ stage: winner.stage, version: winner.version });
    // Findings are raised to the rectification list at most once whatever the race.
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from rectification_item where source_entity = 'keyEvaluation' and source_id = $1`,
      [id],
    );
    const { rows: findings } = await t.database.pool.query(
      'select count(*)::int as n from key_evaluation_finding where evaluation_id = $1',
      [id],
    );
    expect(rows[0].n).toBe(finalised === 1 ? findings[0].n : 0);
  });
});
