import { describe, expect, it } from 'vitest';
import { groupOption, trendOption } from './options';

describe('rectification chart options', () => {
  it('trend: closure rate in percent with 2 decimals, 0 when nothing raised', () => {
    const o = trendOption([
      { month: '2025-01', raised: 0, closed: 0, overdue: 0 },
      { month: '2025-02', raised: 3, closed: 1, overdue: 1 },
      { month: '2025-12', raised: 8, closed: 8, overdue: 0 },
    ]);
    expect(o.xAxis.data).toEqual(['1月', '2月', '12月']);
    expect(o.series[3].data).toEqual([0, 33.33, 100]);
    expect(o.series[2].data).toEqual([0, 1, 0]);
  });

  it('groups: closed + open-not-overdue + overdue add up to the total, top N only', () => {
    const rows = Array.from({ length: 15 }, (_, i) => ({
      key: String(i),
      label: `单位${i}`,
      total: 10,
      closed: 6,
      overdue: 1,
    }));
    const o = groupOption(rows, 5);
    expect(o.yAxis.data).toHaveLength(5);
    const sum = [0, 1, 2].map((k) => o.series[k].data[0]).reduce((a, b) => a + b, 0);
    expect(sum).toBe(10);
  });

  it('keeps both legends above the grid, clear of the axis labels', () => {
    const trend = trendOption([{ month: '2025-01', raised: 1, closed: 0, overdue: 0 }]);
    const groups = groupOption([{ key: 'a', label: '单位', total: 1, closed: 1, overdue: 0 }]);
    for (const o of [trend, groups]) {
      expect(o.legend.top).toBe(0);
      expect(o.grid.top).toBeGreaterThanOrEqual(32);
    }
  });
});
