/** Money is integer 分 (fen). These helpers format and parse it without floating point on the stored value. */

const FEN_PER_YUAN = 100;
const FEN_PER_WAN = 1_000_000;

function formatScaled(fen: number, divisor: number, digits: 2): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError('金额必须是整数分');
  const negative = fen < 0;
  const abs = BigInt(Math.abs(fen));
  const div = BigInt(divisor);
  const scale = 10n ** BigInt(digits);
  // Round half up at the requested number of decimals, in integer arithmetic.
  const scaled = (abs * scale * 2n + div) / (div * 2n);
  const whole = scaled / scale;
  const frac = (scaled % scale).toString().padStart(digits, '0');
  const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative && scaled > 0n ? '-' : ''}${grouped}.${frac}`;
}

/** 分 → "1,234.56" (元, two decimals). */
export function formatYuan(fen: number): string {
  return formatScaled(fen, FEN_PER_YUAN, 2);
}

/** 分 → "405.78" (万元, two decimals, rounded half up). */
export function formatWan(fen: number): string {
  return formatScaled(fen, FEN_PER_WAN, 2);
}

/** 分 → "405.78万元". */
export function formatWanLabel(fen: number): string {
  return `${formatWan(fen)}万元`;
}

/** Parses a 元 amount typed by a user ("1,234.5") into integer 分; null when not a valid amount. */
export function parseYuan(text: string | number): number | null {
  const s = String(text).replace(/[,，\s]/g, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) return null;
  const negative = s.startsWith('-');
  const [whole, frac = ''] = s.replace('-', '').split('.');
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return negative ? -fen : fen;
}

/** Parses a 万元 amount ("291", "405.78") into integer 分; null when invalid. At most 6 decimals (1 分). */
export function parseWan(text: string | number): number | null {
  const s = String(text).replace(/[,，\s]/g, '');
  if (!/^-?\d+(\.\d{1,6})?$/.test(s)) return null;
  const negative = s.startsWith('-');
  const [whole, frac = ''] = s.replace('-', '').split('.');
  const fen = Number(whole) * FEN_PER_WAN + Number(frac.padEnd(6, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return negative ? -fen : fen;
}

/** Ratio as a percentage string with two decimals ("85.32%"); "—" when the denominator is 0. */
export function formatPercent(numerator: number, denominator: number): string {
  if (denominator === 0) return '—';
  return `${(Math.round((numerator / denominator) * 10000) / 100).toFixed(2)}%`;
}

/** Upper bound for any single amount (10^13 分 = 1000亿元). */
export const MAX_AMOUNT_FEN = 10 ** 13;
