import { describe, expect, it } from 'vitest';
import { formatPercent, formatWan, formatWanLabel, formatYuan, parseWan, parseYuan } from './money';

describe('money formatting', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [123456, '1,234.56'],
    [-5050, '-50.50'],
    [100_000_000_00, '100,000,000.00'],
  ])('formatYuan(%i) = %s', (fen, text) => expect(formatYuan(fen)).toBe(text));

  it.each([
    [405_780_000, '405.78'],
    [291_000_000, '291.00'],
    [4_999, '0.00'],
    [5_000, '0.01'],
    [1_234_567_890, '1,234.57'],
    [-405_780_000, '-405.78'],
  ])('formatWan(%i) = %s', (fen, text) => expect(formatWan(fen)).toBe(text));

  it('labels 万元', () => expect(formatWanLabel(405_780_000)).toBe('405.78万元'));
  it('rejects non-integer fen', () => expect(() => formatYuan(1.5)).toThrow());
});

describe('money parsing', () => {
  it.each([
    ['1,234.56', 123456],
    ['0.1', 10],
    ['12', 1200],
    ['-3.05', -305],
    ['abc', null],
    ['1.234', null],
    ['', null],
  ])('parseYuan(%s) = %s', (text, fen) => expect(parseYuan(text)).toBe(fen));

  it.each([
    ['405.78', 405_780_000],
    ['291', 291_000_000],
    ['0.000001', 1],
    ['1.0000001', null],
  ])('parseWan(%s) = %s', (text, fen) => expect(parseWan(text)).toBe(fen));

  it.each([
    [1, 3, '33.33%'],
    [2, 3, '66.67%'],
    [5, 0, '—'],
    [3, 3, '100.00%'],
  ])('formatPercent(%i,%i)', (a, b, text) => expect(formatPercent(a, b)).toBe(text));
});
