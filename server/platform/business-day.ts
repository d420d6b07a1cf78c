import { type SQL, sql } from 'drizzle-orm';
import { BUSINESS_TIME_ZONE } from '../../core/business-time';

// The zone as a literal: these fragments also sit in prepared statements, where a bound value would be fixed at build.
const zone = sql.raw(`'${BUSINESS_TIME_ZONE}'`);

/**
 * Today's business date (Beijing time) inside SQL, the counterpart of core businessDate(): `current_date` would be
 * the date in the database session's zone (UTC on most servers).
 */
export const businessTodaySql = sql<string>`(now() at time zone ${zone})::date`;

/** The instant a business date (YYYY-MM-DD, or a date expression) begins: 00:00 Beijing time. */
export const businessDayStartSql = (date: string | SQL) => sql`((${date})::date::timestamp at time zone ${zone})`;
