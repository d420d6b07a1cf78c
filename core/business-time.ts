/**
 * The business clock: finance bureaus work in Beijing time, whatever zone the server or the browser runs in. "Today"
 * (deadlines, overdue, 整改期限) is the date in Asia/Shanghai, and every instant shown to a person (pages, Word, xlsx)
 * is written in Asia/Shanghai. Instants are stored and sent as UTC (timestamptz); only their reading changes.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

export type InstantPrecision = 'date' | 'minute' | 'second';

const clock = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A Date, ISO text or PostgreSQL timestamptz text ("2025-10-20 02:00:00+00", "…02:00:00.664726+08") as a Date. */
function toDate(at: string | Date): Date {
  if (at instanceof Date) return at;
  return new Date(at.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}

/** The instant's calendar fields in Beijing time. */
function fieldsOf(at: Date) {
  const f = Object.fromEntries(clock.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${f.year}-${f.month}-${f.day}`, minute: `${f.hour}:${f.minute}`, second: f.second };
}

/** The business date (YYYY-MM-DD in Beijing time) of an instant, by default of now. */
export function businessDate(at: string | Date = new Date()): string {
  return fieldsOf(toDate(at)).date;
}

/**
 * An instant as Beijing time: "YYYY-MM-DD", "YYYY-MM-DD HH:mm" or "YYYY-MM-DD HH:mm:ss". A bare date is already a
 * business date and stays as it is; text that is no instant comes back unchanged.
 */
export function formatBusinessInstant(at: string | Date, precision: InstantPrecision): string {
  if (typeof at === 'string' && BARE_DATE.test(at)) return at;
  const d = toDate(at);
  if (Number.isNaN(d.getTime())) return typeof at === 'string' ? at : '';
  const f = fieldsOf(d);
  if (precision === 'date') return f.date;
  return precision === 'minute' ? `${f.date} ${f.minute}` : `${f.date} ${f.minute}:${f.second}`;
}

/**
 * The year a region works in (its budget performance loop: calendar, monitoring, review, report): today's business
 * year, or the last year its work calendar is laid out for when that is earlier — a region that has not laid out this
 * year's calendar is still closing last year's loop. One rule for the home page and every page's default year.
 */
export function workYearOf(lastCalendarYear: number | null, today: string = businessDate()): number {
  const year = Number(today.slice(0, 4));
  return lastCalendarYear === null ? year : Math.min(year, lastCalendarYear);
}
