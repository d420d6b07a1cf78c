import dayjs from 'dayjs';
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

// The server sends instants in UTC ("2025-10-20 02:00:00+00" or ISO with Z); show them in the user's time zone,
// so a form submitted at 10:00 in 武汉 reads 10:00, not 02:00. A bare date stays as it is.
const formatInstant = (iso: string | null | undefined, pattern: string) => {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const at = dayjs(iso.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
  return at.isValid() ? at.format(pattern) : iso;
};
/** Timestamp → local "YYYY-MM-DD HH:mm". */
export const dateTime = (iso: string | null | undefined) => formatInstant(iso, 'YYYY-MM-DD HH:mm');
/** Timestamp → local "YYYY-MM-DD HH:mm:ss" (audit trail, history). */
export const dateTimeSeconds = (iso: string | null | undefined) => formatInstant(iso, 'YYYY-MM-DD HH:mm:ss');
/** Timestamp → local "YYYY-MM-DD". */
export const dateOf = (iso: string | null | undefined) => formatInstant(iso, 'YYYY-MM-DD');
