import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema/index';
import { type Client, createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
let admin: Client;
let finance: Client;
let unit: Client;
let expert: Client;
let leader: Client;
let batchId: number;
let sampleIds: number[] = [];

interface Finding {
  id: number;
  status: string;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  finance = await t.as('finance');
  unit = await t.as('unit');
  expert = await t.as('expert');
  leader = await t.as('leader');
  batchId = (await finance.post('/api/reviews/batches', { year: 2024, workYear: 2025, name: '办结测试批次' })).json()
    .id;
  const drawn = await finance.post(`/api/reviews/batches/${batchId}/sample`, {
    seed: 11,
    randomCount: 3,
    amountAbove: null,
    excellentExecutionBelow: null,
    lastYearProblemUnits: false,
  });
  expect(drawn.json().sampled).toBe(3);
  sampleIds = (await finance.get(`/api/reviews/batches/${batchId}`)).json().samples.map((s: { id: number }) => s.id);
});
afterAll(() => t.close());

const closeAudits = async () =>
  (
    await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entity, 'reviewBatch'),
          eq(auditEvents.entityId, String(batchId)),
          eq(auditEvents.action, 'close'),
        ),
      )
  ).length;

async function dropProposed(sampleId: number) {
  const sample = (await finance.get(`/api/reviews/samples/${sampleId}`)).json();
  for (const f of sample.findings as Finding[])
    if (f.status === 'proposed') await finance.put(`/api/reviews/findings/${f.id}`, { status: 'dropped' });
}

describe('review batch close (办结) and bulk pass (批量通过)', () => {
  it('[REVIEWS][CLOSE] refuses to close while samples are open, saying how many', async () => {
    const batch = (await finance.get(`/api/reviews/batches/${batchId}`)).json();
    expect(batch.allowedActions).toEqual(expect.arrayContaining(['close', 'bulkPass']));
    const res = await finance.post(`/api/reviews/batches/${batchId}/close`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('GATE_BLOCKED');
    expect(res.json().message).toContain('尚有 3 个抽查项目未办结');
  });

  it('[REVIEWS][BULK_PASS] refuses samples with open findings, then passes them all in one go', async () => {
    const blocked = await finance.post(`/api/reviews/batches/${batchId}/pass`, { sampleIds });
    const withProposed = (await finance.get(`/api/reviews/batches/${batchId}`))
      .json()
      .samples.filter((s: { proposedCount: number }) => s.proposedCount > 0);
    expect(withProposed.length).toBeGreaterThan(0);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().message).toContain(`有 ${withProposed.length} 个仍有待确认的复核发现`);
    expect((await expert.post(`/api/reviews/batches/${batchId}/pass`, { sampleIds })).statusCode).toBe(403);
    for (const id of sampleIds) await dropProposed(id);
    const res = await finance.post(`/api/reviews/batches/${batchId}/pass`, { sampleIds, comment: '自评规范' });
    expect(res.statusCode).toBe(200);
    expect(res.json().passed).toBe(3);
    const samples = (await finance.get(`/api/reviews/batches/${batchId}`)).json().samples;
    expect(samples.map((s: { status: string }) => s.status)).toEqual(['passed', 'passed', 'passed']);
    const again = await finance.post(`/api/reviews/batches/${batchId}/pass`, { sampleIds: [sampleIds[0]] });
    expect(again.statusCode).toBe(409);
  });

  it('[REVIEWS][CLOSE] denies closing to units, experts and leaders', async () => {
    for (const client of [unit, expert, leader])
      expect((await client.post(`/api/reviews/batches/${batchId}/close`)).statusCode).toBe(403);
  });

  it('[REVIEWS][CLOSE] closes, freezes the figures, locks the samples; closing twice changes nothing', async () => {
    const res = await finance.post(`/api/reviews/batches/${batchId}/close`);
    expect(res.statusCode).toBe(200);
    const live = (await finance.get(`/api/reviews/batches/${batchId}`)).json();
    expect(live.status).toBe('closed');
    expect(live.summary).toEqual({
      sampled: 3,
      unitsReviewed: live.stats.unitsReviewed,
      unitsWithSuggestions: live.stats.unitsWithSuggestions,
      suggestions: live.stats.suggestions,
      returns: 0,
      closed: 0,
    });
    expect(live.allowedActions).toEqual([]);
    const sample = (await finance.get(`/api/reviews/samples/${sampleIds[0]}`)).json();
    expect(sample.allowedActions).toEqual([]);
    const finding = await finance.post(`/api/reviews/samples/${sampleIds[0]}/findings`, {
      area: 'evidenceSufficiency',
      severity: 'P2',
      evidence: '',
      suggestion: '补充佐证材料',
    });
    expect(finding.statusCode).toBe(409);
    expect(finding.json().message).toContain('已办结');
    const twice = await finance.post(`/api/reviews/batches/${batchId}/close`);
    expect(twice.statusCode).toBe(200);
    expect(twice.json().summary).toEqual(live.summary);
    expect(await closeAudits()).toBe(1);
  });

  it('[REVIEWS][REOPEN] only the administrator reopens, with a reason; the batch can be worked again', async () => {
    expect((await finance.post(`/api/reviews/batches/${batchId}/reopen`, { reason: '补充抽查' })).statusCode).toBe(403);
    expect((await admin.post(`/api/reviews/batches/${batchId}/reopen`, { reason: '' })).statusCode).toBe(400);
    const res = await admin.post(`/api/reviews/batches/${batchId}/reopen`, { reason: '补充抽查' });
    expect(res.statusCode).toBe(200);
    const batch = (await finance.get(`/api/reviews/batches/${batchId}`)).json();
    expect(batch).toMatchObject({ status: 'open', summary: null, reopenReason: '补充抽查' });
    expect(batch.allowedActions).toContain('close');
    expect((await admin.post(`/api/reviews/batches/${batchId}/reopen`, { reason: '再次' })).statusCode).toBe(409);
    expect((await finance.post(`/api/reviews/batches/${batchId}/close`)).statusCode).toBe(200);
    expect(await closeAudits()).toBe(2);
  });
});
