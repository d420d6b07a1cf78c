import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';

// The demo district's monitoring, read only (the workflow tests in monitoring.test.ts build their own 2027 data).
let t: TestApp;
let finance: Client;
beforeAll(async () => {
  t = await createTestApp();
  finance = await t.as('finance');
});
afterAll(async () => t.close());

describe('demo data (2025)', () => {
  it('Q1–Q3 cover every in-scope project and recoveries add up to exactly 405.78万元', async () => {
    const rounds = (await finance.get('/api/monitoring/rounds?year=2025')).json() as { id: number; name: string }[];
    expect(rounds.map((r) => r.name).sort()).toEqual(['2025年第一季度', '2025年第三季度', '2025年第二季度'].sort());
    for (const r of rounds) {
      const { totals } = (await finance.get(`/api/monitoring/rounds/${r.id}`)).json();
      expect(totals.inScope).toBeGreaterThan(0);
      expect(totals.filled).toBe(totals.inScope);
    }
    const totals = (await finance.get('/api/monitoring/recoveries?year=2025')).json();
    expect(totals.total).toBe(405_780_000);
    expect(totals.byDepartment.length).toBeGreaterThan(1);
  });
});
