import { formatPercent, formatWan, formatYuan } from '../../../core/money';

/** Display helpers for tables: money in 万元 / 元, rates as percentages. */
export const wan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '—' : formatWan(fen));
export const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '—' : formatYuan(fen));
export const pct = (num: number, den: number) => formatPercent(num, den);
/** ISO timestamp → "YYYY-MM-DD HH:mm". */
export const dateTime = (iso: string | null | undefined) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');
