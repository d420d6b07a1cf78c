import { sql } from 'drizzle-orm';
import type { Db } from '../server/platform/db/client';

/**
 * Gives the region a new change stamp (a no-op update of its fiscal years fires the stamp trigger), so the next call
 * of a stamp-cached figure (cockpit, annual figures, list totals) computes it again: benches time that computation,
 * and the cache hit separately.
 */
export async function bumpStamp(db: Db, region: string) {
  await db.execute(sql`update fiscal_year set year = year where region_code = ${region}`);
}
