import type { TCount, TRectificationStats } from '../../../../../core/contracts/rectification';

/** Closure rate (line, right axis) and overdue count (bars) at each month end. */
export function trendOption(monthly: TRectificationStats['monthly']) {
  const rate = monthly.map((m) => (m.raised ? Math.round((m.closed / m.raised) * 10000) / 100 : 0));
  return {
    tooltip: { trigger: 'axis' },
    // ECharts 6 puts the legend at the bottom by default, over the month labels: keep it above the grid.
    legend: { top: 0, data: ['累计下发', '累计销号', '逾期未改', '销号率'] },
    grid: { left: 48, right: 56, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: monthly.map((m) => `${Number(m.month.slice(5))}月`) },
    yAxis: [
      { type: 'value', name: '事项数', minInterval: 1 },
      { type: 'value', name: '销号率（%）', min: 0, max: 100 },
    ],
    series: [
      { name: '累计下发', type: 'bar', data: monthly.map((m) => m.raised) },
      { name: '累计销号', type: 'bar', data: monthly.map((m) => m.closed) },
      { name: '逾期未改', type: 'bar', data: monthly.map((m) => m.overdue), itemStyle: { color: '#cf1322' } },
      { name: '销号率', type: 'line', yAxisIndex: 1, smooth: true, data: rate },
    ],
  };
}

/** Stacked bars of closed / open (of which overdue) per group (source, department …). */
export function groupOption(rows: TCount[], limit = 12) {
  const top = rows.slice(0, limit);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: ['已销号', '未销号', '其中逾期'] },
    grid: { left: 140, right: 24, top: 36, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: top.map((r) => r.label) },
    series: [
      { name: '已销号', type: 'bar', stack: 'n', data: top.map((r) => r.closed), itemStyle: { color: '#52c41a' } },
      { name: '未销号', type: 'bar', stack: 'n', data: top.map((r) => r.total - r.closed - r.overdue) },
      { name: '其中逾期', type: 'bar', stack: 'n', data: top.map((r) => r.overdue), itemStyle: { color: '#cf1322' } },
    ],
  };
}
