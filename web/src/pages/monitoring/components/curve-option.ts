import type { EChartsCoreOption } from 'echarts/core';

export interface CurvePoint {
  roundName: string;
  month: number;
  executionRate: number;
  timeProgress: number;
}

/** Line chart option: the project's cumulative execution rate per round against time progress (序时进度). */
export function curveOption(points: CurvePoint[]): EChartsCoreOption {
  const sorted = [...points].sort((a, b) => a.month - b.month);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toFixed(2)}%` },
    legend: { top: 0, data: ['执行率', '序时进度'] },
    grid: { left: 48, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: sorted.map((p) => `${p.month}月`) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: '执行率',
        type: 'line',
        data: sorted.map((p) => p.executionRate),
        smooth: false,
        label: { show: true, formatter: '{c}%' },
      },
      { name: '序时进度', type: 'line', data: sorted.map((p) => p.timeProgress), lineStyle: { type: 'dashed' } },
    ],
  };
}
