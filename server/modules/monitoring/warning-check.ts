import { and, eq, isNotNull } from 'drizzle-orm';
import type { MonitoringRules, WarningColor } from '../../../core/rules/monitoring/index';
import { monitoringEntries } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import * as repo from './repo';
import { calcEntry, calcIndicator } from './warning-calc';

/**
 * Rows of a round whose stored warning differs from what the pure rules (the reference) give, row by row: empty
 * when the stored colors and v-scores are exactly the rules' result. Reads the whole round; for tests and checks.
 */
export async function diffWithPureRules(db: DbOrTx, roundId: number, month: number, rules: MonitoringRules) {
  const entries = await db
    .select()
    .from(monitoringEntries)
    .where(and(eq(monitoringEntries.roundId, roundId), isNotNull(monitoringEntries.filledAt)));
  const inds = await repo.entryIndicators(
    db,
    entries.map((e) => e.id),
  );
  const diffs: unknown[] = [];
  const colors = new Map<number, (WarningColor | null)[]>();
  for (const r of inds) {
    const want = calcIndicator(r, month, rules);
    if (want.color !== r.color || want.v !== r.v) diffs.push({ indicator: r, want });
    colors.set(r.entryId, [...(colors.get(r.entryId) ?? []), want.color]);
  }
  for (const e of entries) {
    const want = calcEntry(e, colors.get(e.id) ?? [], month, rules);
    const got = {
      executionColor: e.executionColor,
      executionV: e.executionV,
      indicatorColor: e.indicatorColor,
      warningColor: e.warningColor,
    };
    if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push({ entry: e.id, got, want });
  }
  return { diffs, entries: entries.length, indicators: inds.length };
}
