/**
 * Demo results application: the 2025 run (proposal for the 2026 budget) computed from the seeded
 * evaluations, monitoring, ex-ante and rectification rows; finance has accepted the cuts of 差/中
 * projects and the priorities, the rest is still pending. Goes through the module's own use cases.
 */
import { eq } from 'drizzle-orm';
import { resultsLines } from '../../db/schema/index';
import { acceptLine, acceptUnchanged } from '../../modules/results-application/decide';
import { findLines } from '../../modules/results-application/repo';
import { generateRun } from '../../modules/results-application/service';
import { seedFinanceCtx } from './rectification';
import type { SeedContext } from './types';

export async function seedResultsApplication(s: SeedContext) {
  const ctx = await seedFinanceCtx(s);
  if (!ctx) return;
  const { runId } = await generateRun(ctx, 2025);
  const lines = await findLines(s.tx, eq(resultsLines.runId, runId));
  // Accept about two thirds of the priorities and cuts; leave the rest (and the first cancel/suspend) to the demo user.
  await acceptUnchanged(
    ctx,
    s.tx,
    lines.filter((l, i) => l.proposedAction === 'prioritise' && i % 4 !== 3),
  );
  const firstDrop = lines.find((l) => l.proposedAction === 'cancel' || l.proposedAction === 'suspend');
  const lastCut = lines.findLast((l) => l.proposedAction === 'cut');
  for (const [i, line] of lines.entries()) {
    if (
      line.proposedAction === 'fundAsNeeded' ||
      line.proposedAction === 'prioritise' ||
      line === firstDrop ||
      line === lastCut
    )
      continue;
    if (line.proposedAction === 'cancel' || line.proposedAction === 'suspend' || i % 3 !== 2)
      await acceptLine(ctx, line.id);
  }
}
