import { formatBusinessInstant, type InstantPrecision } from '../../../core/business-time';
import { formatPercent, formatWan, formatYuan } from '../../../core/money';

/** Display helpers for tables: money in 万元 / 元, rates as percentages. */
export const wan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '—' : formatWan(fen));
export const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '—' : formatYuan(fen));
export const pct = (num: number, den: number) => formatPercent(num, den);
/**
 * InputNumber formatter: 1234567.8 → "1,234,567.8", so amounts in 元 read like the rest of the app. InputNumber's
 * default parser drops the commas again (it keeps only digits, "." and "-").
 */
export const groupThousands = (v: number | string | undefined) =>
  v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

// The server sends instants in UTC ("2025-10-20 02:00:00+00" or ISO with Z); show them in Beijing time, the business
// clock of every finance bureau, whatever zone the browser runs in (a form submitted at 10:00 Beijing reads 10:00 on a
// laptop set to UTC too, and the same as in the Word and xlsx files the server writes). A bare date stays as it is.
const instant = (iso: string | null | undefined, precision: InstantPrecision) =>
  iso ? formatBusinessInstant(iso, precision) : '—';
/** Timestamp → Beijing "YYYY-MM-DD HH:mm". */
export const dateTime = (iso: string | null | undefined) => instant(iso, 'minute');
/** Timestamp → Beijing "YYYY-MM-DD HH:mm:ss" (audit trail, history). */
export const dateTimeSeconds = (iso: string | null | undefined) => instant(iso, 'second');
/** Timestamp → Beijing "YYYY-MM-DD". */
export const dateOf = (iso: string | null | undefined) => instant(iso, 'date');
