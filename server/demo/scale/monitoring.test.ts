import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMonitoringRules } from '../../../core/rules/monitoring/index';
import { diffWithPureRules } from '../../modules/monitoring/warning-check';
import { recomputeRound } from '../../modules/monitoring/warnings';
import type { Database } from '../../platform/db/client';
import { createTestDatabase } from '../../test/db';
import { generateScale } from './generate';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  const spec = { regions: 1, departmentsPerRegion: 2, unitsPerDepartment: 2, projectsPerRegion: 45 };
  await generateScale(database.db, { spec, seed: 3, passwordHash: 'x' });
}, 60_000);
afterAll(async () => database?.close());

describe('generated monitoring rounds', () => {
  it('store exactly the warnings the product rules compute, so a recompute changes nothing', async () => {
    const rounds = await database.db.execute(
      sql`SELECT id, month FROM monitoring_round WHERE region_code = '430001' ORDER BY id`,
    );
    expect(rounds.rows).toHaveLength(3);
    for (const r of rounds.rows) {
      const check = await diffWithPureRules(database.db, Number(r.id), Number(r.month), defaultMonitoringRules);
      expect(check.entries).toBe(30);
      expect(check.indicators).toBe(30 * 8);
      expect(check.diffs).toEqual([]);
      const again = await database.db.transaction((tx) => recomputeRound(tx, '430001', Number(r.id)));
      expect(again).toMatchObject({ changedEntries: 0, changedIndicators: 0 });
      expect(again.after.none).toBe(0);
    }
  });
});
