import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateOf, dateTime, dateTimeSeconds, groupThousands } from './format';

describe('timestamp display', () => {
  // The browser's zone plays no part: a laptop on UTC (or anywhere) shows Beijing time.
  const tz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    process.env.TZ = tz;
  });

  it.each([
    ['2025-10-20 02:00:00+00', '2025-10-20 10:00'],
    ['2026-11-28 08:40:43.664726+00', '2026-11-28 16:40'],
    ['2025-10-20T02:00:00.000Z', '2025-10-20 10:00'],
    ['2025-03-19T20:30:00+00:00', '2025-03-20 04:30'],
  ])('shows %s in Beijing time as %s', (iso, shown) => {
    expect(dateTime(iso)).toBe(shown);
  });

  it('keeps seconds for the audit trail and the date across midnight', () => {
    expect(dateTimeSeconds('2025-03-19 20:30:15+00')).toBe('2025-03-20 04:30:15');
    expect(dateOf('2025-03-19 20:30:15+00')).toBe('2025-03-20');
  });

  it('leaves bare dates alone and shows a dash for nothing', () => {
    expect(dateTime('2025-10-15')).toBe('2025-10-15');
    expect(dateTime(null)).toBe('—');
    expect(dateTime(undefined)).toBe('—');
    expect(dateTime('')).toBe('—');
  });
});

describe('amount input grouping', () => {
  it.each([
    [4282983, '4,282,983'],
    ['4282983.00', '4,282,983.00'],
    ['999.5', '999.5'],
    [0, '0'],
    [undefined, ''],
  ])('groups %s as %s', (value, shown) => {
    expect(groupThousands(value)).toBe(shown);
  });
});
