import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../core/rules/rule-set';
import { drainJobs } from '../../platform/jobs/index';
import { createTestApp, type TestApp } from '../../test/app';
import { jobHandlers } from '../job-handlers';
import { runChecks } from './batches';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function findingsOf(batchId: number) {
  const { rows } = await t.database.pool.query(
    `select f.id, f.sample_id, f.code, f.status, f.origin from review_finding f where f.batch_id = $1 order by f.id`,
    [batchId],
  );
  return rows.map((r) => ({ id: Number(r.id), sampleId: Number(r.sample_id), code: r.code, status: r.status }));
}

describe('job reviews.rerunChecks', () => {
  it('saving review rules reruns the checks of samples under review only, keeping reviewers’ decisions', async () => {
    const finance = await t.as('finance');
    const [demoBatch] = (await finance.get('/api/reviews/batches?year=2024')).json();
    const demoBefore = await findingsOf(demoBatch.id);
    const created = await finance.post('/api/reviews/batches', { year: 2024, workYear: 2025, name: '规则调整后复核' });
    const batchId = created.json().id;
    const drawn = await finance.post(`/api/reviews/batches/${batchId}/sample`, { seed: 11, randomCount: 4 });
    expect(drawn.statusCode).toBe(200);
    const sampled = drawn.json().sampled;
    expect(sampled).toBeGreaterThan(0);
    const before = await findingsOf(batchId);
    expect(before.length).toBeGreaterThan(0);
    // A reviewer's decision on one proposed finding: the rerun must leave it as it is.
    const kept = before[0];
    expect((await finance.put(`/api/reviews/findings/${kept.id}`, { status: 'accepted' })).statusCode).toBe(200);
    const tooShortBefore = before.filter((f) => f.code === 'analysisTooShort').length;

    const rules = { ...defaultRuleSet.review, minAnalysisLength: 2000 };
    const saved = await finance.put('/api/rule-sets/review', { year: 2024, data: rules, note: '提高分析字数要求' });
    expect(saved.statusCode).toBe(200);
    const jobId = saved.json().recomputeJobId;
    expect(jobId).toEqual(expect.any(Number));
    // Nothing changes until the job runs.
    expect(await findingsOf(batchId)).toEqual(before.map((f) => (f.id === kept.id ? { ...f, status: 'accepted' } : f)));

    expect(await drainJobs(t.database, { handlers: jobHandlers })).toBe(1);
    const [job] = (await finance.get('/api/jobs')).json().items;
    expect(job).toMatchObject({ id: jobId, kind: 'reviews.rerunChecks', status: 'done', error: null });
    expect(job.result).toMatchObject({ year: 2024, batches: 1, samples: sampled });

    const after = await findingsOf(batchId);
    expect(after.find((f) => f.id === kept.id)).toEqual({ ...kept, status: 'accepted' });
    // Every sample under review is now short of the raised minimum; the demo batch (all decided) is untouched.
    const tooShort = new Set(after.filter((f) => f.code === 'analysisTooShort').map((f) => f.sampleId));
    expect(tooShort.size).toBe(sampled);
    expect(tooShort.size).toBeGreaterThan(tooShortBefore);
    expect(await findingsOf(demoBatch.id)).toEqual(demoBefore);
    // The demo's 2024 screening is run again under the new rules: every screened form is now too short.
    const screened = await t.database.pool.query(
      `select count(*)::int as n, count(*) filter (where 'analysisTooShort' = any(codes))::int as short
         from review_screening where region_code = '420102' and year = 2024`,
    );
    expect(screened.rows[0].n).toBeGreaterThan(sampled);
    expect(screened.rows[0].short).toBe(screened.rows[0].n);
    expect(job.result.screened).toBe(screened.rows[0].n);
    const events = await t.database.pool.query(
      `select count(*)::int as n from audit_event where entity = 'reviewBatch' and action = 'runChecks' and entity_id = $1`,
      [String(batchId)],
    );
    expect(events.rows[0].n).toBe(1);
  });

  it("keeps the unit-level finding on the unit's first sample when only a later one is rerun", async () => {
    const q = (text: string, params: unknown[] = []) => t.database.pool.query(text, params);
    // A unit with two 2024 forms, every one of its projects at full marks, sampled twice into a new batch.
    const unit = (
      await q(`select unit_id from self_evaluation where region_code = '420102' and year = 2024
                group by unit_id having count(*) >= 2 order by unit_id limit 1`)
    ).rows[0].unit_id;
    await q('update self_evaluation set total = 100 where unit_id = $1 and year = 2024', [unit]);
    const batchId = (
      await q(`insert into review_batch (region_code, year, work_year, name, status)
               values ('420102', 2024, 2025, '单位满分复核', 'open') returning id`)
    ).rows[0].id;
    const sampleIds = (
      await q(
        `insert into review_sample (region_code, batch_id, self_evaluation_id, project_id, unit_id, department_id, reasons)
         select region_code, $1, id, project_id, unit_id, department_id, 'random' from self_evaluation
          where unit_id = $2 and year = 2024 order by id limit 2 returning id`,
        [batchId, unit],
      )
    ).rows
      .map((r) => Number(r.id))
      .sort((a, b) => a - b);
    await t.database.db.transaction((tx) => runChecks(tx, '420102', 2024, sampleIds, null));
    const unitFindings = async () =>
      (await findingsOf(batchId)).filter((f) => f.code === 'unitAllFullScore').map((f) => f.sampleId);
    expect(await unitFindings()).toEqual([sampleIds[0]]);
    // The first sample is decided; a rule change reruns the second only.
    await q(`update review_sample set status = 'passed' where id = $1`, [sampleIds[0]]);
    const finance = await t.as('finance');
    const rules = { ...defaultRuleSet.review, minAnalysisLength: 31 };
    expect(
      (await finance.put('/api/rule-sets/review', { year: 2024, data: rules, note: '复核规则微调' })).statusCode,
    ).toBe(200);
    await drainJobs(t.database, { handlers: jobHandlers });
    expect(await unitFindings()).toEqual([sampleIds[0]]);
  });
});
