import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMonitoringRules, type MonitoringRules } from '../../../core/rules/monitoring/index';
import { monitoringEntries, monitoringRounds } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { createTestDatabase } from '../../test/db';
import * as repo from './repo';
import { diffWithPureRules } from './warning-check';
import { recomputeRoundSql } from './warning-sql';

/** The set-based SQL recomputation gives exactly what the pure rules (the reference) give, row by row. */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

class Rollback extends Error {}
async function rolledBack(fn: (tx: DbOrTx) => Promise<void>) {
  await expect(
    database.db.transaction(async (tx) => {
      await fn(tx);
      throw new Rollback();
    }),
  ).rejects.toBeInstanceOf(Rollback);
}

const d = defaultMonitoringRules;
const variants: [string, MonitoringRules][] = [
  ['default rules', d],
  ['stricter bands 90/70', { ...d, bands: { green: 90, yellow: 70 } }],
  ['decimal bands 79.99/60.01', { ...d, bands: { green: 79.99, yellow: 60.01 } }],
  ['prorated ceilings, blue at 150', { ...d, negative: { prorate: true, bluePercent: 150 } }],
  ['zero not red, blue at 110', { ...d, positive: { zeroIsRed: false, bluePercent: 110 } }],
  ['blue ranked above yellow', { ...d, severity: ['red', 'blue', 'yellow', 'green'] }],
  ['green unranked', { ...d, severity: ['red', 'yellow', 'blue'] }],
  ['有可能 forces yellow', { ...d, likelihoodColors: { certain: null, possible: 'yellow', impossible: 'red' } }],
];

async function rounds() {
  return database.db.select().from(monitoringRounds).orderBy(monitoringRounds.id);
}

describe('recomputeRoundSql ≡ pure rules on the demo data', () => {
  it('changes nothing the pure rules stored (demo seeded with them), every round', async () => {
    const all = await rounds();
    expect(all.length).toBeGreaterThan(0);
    await rolledBack(async (tx) => {
      for (const r of all) {
        const res = await recomputeRoundSql(tx, r.id, r.month, d);
        expect(res.changedIndicators, r.name).toBe(0);
        expect(res.changedEntries, r.name).toBe(0);
        expect(res.before).toEqual(res.after);
      }
    });
  });

  it.each(variants)('%s: identical colors and v-scores in every round', async (_name, rules) => {
    const all = await rounds();
    await rolledBack(async (tx) => {
      for (const r of all) {
        const res = await recomputeRoundSql(tx, r.id, r.month, rules);
        const check = await diffWithPureRules(tx, r.id, r.month, rules);
        expect(check.diffs, r.name).toEqual([]);
        expect(res).toMatchObject({ entries: check.entries, indicators: check.indicators });
      }
    });
  });

  it('an invalid month judges nothing, as timeProgress refuses it', async () => {
    const [r] = await rounds();
    await rolledBack(async (tx) => {
      const res = await recomputeRoundSql(tx, r.id, 13, d);
      expect(res.after).toMatchObject({ red: 0, yellow: 0, green: 0, blue: 0 });
      expect((await diffWithPureRules(tx, r.id, 13, d)).diffs).toEqual([]);
    });
  });
});

/**
 * Edge rows written into one demo round (rolled back): [adjusted budget, paid] per entry and
 * [operator, target, current, likelihood] per indicator, chosen on band edges for month m.
 */
function edgeEntries(m: number): [number, number | null][] {
  const b = 1_200_000;
  return [
    [0, 0], // zero budget: no execution warning
    [b, null], // no actual
    [b, -1], // negative paid: refused by the rule
    [b, (b * m * 80) / 1200], // v exactly 80 → green
    [b, (b * m * 60) / 1200], // v exactly 60 → yellow
    [b, (59.995 * b * m) / 1200], // v 59.995 rounds to 60.00 → yellow
    [b, (59.994 * b * m) / 1200], // v 59.994 → red
    [1, 1], // tiny budget, large v
  ];
}
const t = 100;
const edgeIndicators = (m: number): [string, number | null, number | null, string][] => [
  ['定性', null, null, 'certain'],
  ['定性', null, null, 'impossible'],
  ['≥', t, (t * m * 80) / 1200, 'certain'], // v exactly 80
  ['≥', t, (t * m * 60) / 1200, 'possible'], // v exactly 60
  ['≥', t, 120, 'certain'], // exactly 120 % → blue
  ['≥', t, 0, 'certain'], // zero → red
  ['≥', 0, 5, 'certain'], // unusable target
  ['≥', t, null, 'certain'], // no actual
  ['=', 0.35, 0.21, 'impossible'],
  ['≤', 5, 6.25, 'certain'], // 125 % of the ceiling → v 80
  ['<', 6, 10, 'certain'], // v exactly 60
  ['≤', 0, 0, 'certain'], // ceiling 0 kept
  ['≤', 0, 1, 'certain'], // ceiling 0 broken
  ['≤', 5, 0, 'possible'], // far under the ceiling → blue
  ['≤', -1, 0, 'certain'], // negative ceiling refused
];

describe('recomputeRoundSql ≡ pure rules on edge cases', () => {
  it.each(variants)('%s', async (_name, rules) => {
    const [r] = await rounds();
    await rolledBack(async (tx) => {
      const entries = await tx
        .select({ id: monitoringEntries.id })
        .from(monitoringEntries)
        .where(and(eq(monitoringEntries.roundId, r.id), isNotNull(monitoringEntries.filledAt)))
        .orderBy(monitoringEntries.id)
        .limit(edgeEntries(r.month).length);
      for (const [i, [budget, paid]] of edgeEntries(r.month).entries()) {
        await tx.execute(sql`update monitoring_entry set adjusted_budget = ${Math.round(budget)},
          paid = ${paid === null ? null : Math.round(paid)} where id = ${entries[i].id}`);
      }
      const inds = await repo.entryIndicators(
        tx,
        entries.map((e) => e.id),
      );
      expect(inds.length).toBeGreaterThanOrEqual(edgeIndicators(r.month).length);
      for (const [i, [op, target, current, likelihood]] of edgeIndicators(r.month).entries()) {
        await tx.execute(sql`update target_indicator set operator = ${op}, target_number = ${target}
          where id = ${inds[i].targetIndicatorId}`);
        await tx.execute(sql`update monitoring_indicator set current_value = ${current}, likelihood = ${likelihood}
          where id = ${inds[i].id}`);
      }
      await recomputeRoundSql(tx, r.id, r.month, rules);
      expect((await diffWithPureRules(tx, r.id, r.month, rules)).diffs).toEqual([]);
    });
  });
});
