/**
 * Demo results application: the 2025 run (proposal for the 2026 budget) computed from the seeded
 * evaluations, monitoring, ex-ante and rectification rows; finance has accepted the cuts of 差/中
 * projects and the priorities, the rest is still pending. Goes through the module's own use cases.
 */
import { eq } from 'drizzle-orm';
import { resultsLines } from '../../db/schema/index';
import { acceptLine } from '../../modules/results-application/decide';
import { generateRun } from '../../modules/results-application/service';
import { seedFinanceCtx } from './rectification';
import type { SeedContext } from './types';

export async function seedResultsApplication(s: SeedContext) {
  const ctx = await seedFinanceCtx(s);
  if (!ctx) return;
  const { runId } = await generateRun(ctx, 2025);
  const lines = await s.tx
    .select({ id: resultsLines.id, action: resultsLines.proposedAction })
    .from(resultsLines)
    .where(eq(resultsLines.runId, runId))
    .orderBy(resultsLines.id);
  // Accept about two thirds of the cuts and priorities; leave the rest (and the first cancel/suspend) to the demo user.
  const firstDrop = lines.find((l) => l.action === 'cancel' || l.action === 'suspend');
  for (const [i, line] of lines.entries()) {
    if (line.action === 'fundAsNeeded' || line === firstDrop) continue;
    if (line.action === 'cancel' || line.action === 'suspend' || i % 3 !== 2) await acceptLine(ctx, line.id);
  }
}
