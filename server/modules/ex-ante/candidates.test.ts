import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { as, newProject, WAN } from './test-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface Verdict {
  id: number;
  required: boolean;
  assessor: string | null;
  reason: string;
}

// The candidate list computes the verdict once per list (one rule lookup); it must equal each project's gate.
it('gives every candidate the verdict of its own gate', async () => {
  await newProject(t, '104002', { requestedAmount: 20 * WAN, totalAmount: 20 * WAN, designatedForAssessment: true });
  await newProject(t, '104002', { requestedAmount: 20 * WAN, totalAmount: 20 * WAN, isNew: false });
  await newProject(t);
  for (const [username, year] of [
    ['finance', 2025],
    ['finance', 2026],
    ['unit', 2026],
  ] as const) {
    const client = await as(t, username);
    const res = await client.get(`/api/ex-ante/candidates?year=${year}`);
    expect(res.statusCode).toBe(200);
    const candidates = res.json() as Verdict[];
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      const gate = (await client.get(`/api/ex-ante/gate/${c.id}`)).json() as Verdict;
      expect({ id: c.id, required: c.required, assessor: c.assessor, reason: c.reason }).toEqual({
        id: c.id,
        required: gate.required,
        assessor: gate.assessor,
        reason: gate.reason,
      });
    }
    if (year === 2026) expect(new Set(candidates.map((c) => c.required)).size).toBe(2);
  }
});
