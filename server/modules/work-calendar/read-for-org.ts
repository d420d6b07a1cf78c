import { and, eq, isNull, max } from 'drizzle-orm';
import { calendarMilestones } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';

/** The last year the region's work calendar is laid out for (a milestone not cancelled), or null. */
export async function lastCalendarYear(db: DbOrTx, regionCode: string): Promise<number | null> {
  const [row] = await db
    .select({ year: max(calendarMilestones.year) })
    .from(calendarMilestones)
    .where(and(eq(calendarMilestones.regionCode, regionCode), isNull(calendarMilestones.cancelledAt)));
  return row?.year == null ? null : Number(row.year);
}
