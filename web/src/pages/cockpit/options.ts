import type { EChartsCoreOption } from 'echarts/core';

export interface FunnelStep {
  key: string;
  label: string;
  value: number;
}

/** Funnel of the loop: one bar per step, widest first; the step key rides along for drill-down. */
export function funnelOption(steps: FunnelStep[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 个项目' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '10%',
        width: '80%',
        minSize: '8%',
        label: { show: true, position: 'inside', formatter: '{b} {c}' },
        data: steps.map((s) => ({ name: s.label, value: s.value, key: s.key })),
      },
    ],
  };
}

export interface WarningRow {
  name: string;
  red: number;
  yellow: number;
  blue: number;
  green: number;
}

const COLORS = { red: '#f5222d', yellow: '#faad14', blue: '#1677ff', green: '#52c41a' } as const;
const COLOR_LABELS = { red: '红色预警', yellow: '黄色预警', blue: '蓝色预警', green: '绿色' } as const;

/** Stacked horizontal bars of warning colours per department. */
export function warningOption(rows: WarningRow[]): EChartsCoreOption {
  const keys = ['red', 'yellow', 'blue', 'green'] as const;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: keys.map((k) => COLOR_LABELS[k]) },
    grid: { left: 8, right: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => r.name) },
    series: keys.map((k) => ({
      name: COLOR_LABELS[k],
      type: 'bar',
      stack: 'warning',
      itemStyle: { color: COLORS[k] },
      data: rows.map((r) => r[k]),
    })),
  };
}

/** Grade distribution: self-evaluation vs finance review, per grade. */
export function gradeOption(grades: { grade: string; self: number; review: number }[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: ['单位自评', '财政复核'] },
    grid: { left: 8, right: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: grades.map((g) => g.grade) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '单位自评', type: 'bar', data: grades.map((g) => g.self) },
      { name: '财政复核', type: 'bar', data: grades.map((g) => g.review) },
    ],
  };
}

/** Pie of accepted review suggestions by area. */
export function suggestionOption(rows: { label: string; count: number }[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 条（{d}%）' },
    series: [{ type: 'pie', radius: ['40%', '70%'], data: rows.map((r) => ({ name: r.label, value: r.count })) }],
  };
}
