import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUSINESS_TIME_ZONE, businessDate, formatBusinessInstant, workYearOf } from './business-time';

describe('business date (Beijing time)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['2025-06-30T16:30:00Z', '2025-07-01'],
    ['2025-06-30T16:00:00Z', '2025-07-01'],
    ['2025-06-30T15:59:59Z', '2025-06-30'],
    ['2025-10-20 02:00:00+00', '2025-10-20'],
    ['2025-10-19 18:00:00+00', '2025-10-20'],
    ['2026-11-28 08:40:43.664726+00', '2026-11-28'],
    ['2025-07-01 07:00:00+08', '2025-07-01'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
  ])('%s is business date %s', (at, date) => {
    expect(businessDate(at)).toBe(date);
  });

  it("takes today from the clock, not the server's UTC date", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-30T23:30:00Z'));
    expect(businessDate()).toBe('2025-07-01');
    expect(new Date().toISOString().slice(0, 10)).toBe('2025-06-30');
  });

  it('reads a Date as well as text', () => {
    expect(businessDate(new Date('2025-06-30T16:30:00Z'))).toBe('2025-07-01');
  });

  it('is Asia/Shanghai', () => {
    expect(BUSINESS_TIME_ZONE).toBe('Asia/Shanghai');
  });
});

describe('instants written for people (Beijing time)', () => {
  it.each([
    ['2025-10-20 02:00:00+00', '2025-10-20', '2025-10-20 10:00', '2025-10-20 10:00:00'],
    ['2025-03-19T20:30:15.000Z', '2025-03-20', '2025-03-20 04:30', '2025-03-20 04:30:15'],
    ['2025-03-19T20:30:15+00:00', '2025-03-20', '2025-03-20 04:30', '2025-03-20 04:30:15'],
    ['2026-11-28 08:40:43.664726+00', '2026-11-28', '2026-11-28 16:40', '2026-11-28 16:40:43'],
    ['2025-06-30T16:00:00Z', '2025-07-01', '2025-07-01 00:00', '2025-07-01 00:00:00'],
  ])('%s → %s / %s / %s', (at, date, minute, second) => {
    expect(formatBusinessInstant(at, 'date')).toBe(date);
    expect(formatBusinessInstant(at, 'minute')).toBe(minute);
    expect(formatBusinessInstant(at, 'second')).toBe(second);
  });

  it('formats a Date too', () => {
    expect(formatBusinessInstant(new Date('2025-06-30T23:30:00Z'), 'minute')).toBe('2025-07-01 07:30');
  });

  it('keeps bare dates and text that is no instant', () => {
    expect(formatBusinessInstant('2025-10-15', 'minute')).toBe('2025-10-15');
    expect(formatBusinessInstant('未完成', 'date')).toBe('未完成');
  });
});

describe('work year of a region', () => {
  it.each([
    [2025, '2026-11-28', 2025],
    [2026, '2026-11-28', 2026],
    [2027, '2026-12-15', 2026],
    [null, '2026-11-28', 2026],
    [null, '2027-01-01', 2027],
  ] as const)('last calendar year %s on %s → %i', (calendarYear, today, expected) => {
    expect(workYearOf(calendarYear, today)).toBe(expected);
  });
});
