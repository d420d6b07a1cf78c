import type { EChartsCoreOption } from 'echarts/core';
import { warningColorLabels } from '../../../../core/rules/monitoring/types';

// ECharts 6 puts the legend at the bottom by default, over the axis labels: keep it on top, above the grid.
const LEGEND_ON_TOP = { top: 0 } as const;
const GRID_BELOW_LEGEND = 36;

export interface LoopStep {
  key: string;
  label: string;
  objectYear: number;
  value: number;
  previous: number;
}

/** Axis label of a step: the object year is named when it differs from the work year (自评、复核 look back). */
export function loopStepLabel(step: LoopStep, year: number) {
  return step.objectYear === year ? step.label : `${step.label}（${step.objectYear}年项目）`;
}

/**
 * The loop of a work year as horizontal bars, first step on top, beside the previous work year.
 * Series 0 is the selected year and series 1 the previous one, so a click's seriesIndex picks the link.
 */
export function loopBarOption(steps: LoopStep[], year: number): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { ...LEGEND_ON_TOP, data: [`${year}年`, `${year - 1}年`] },
    grid: { left: 8, right: 40, bottom: 8, top: GRID_BELOW_LEGEND, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: steps.map((s) => loopStepLabel(s, year)) },
    series: [
      {
        name: `${year}年`,
        type: 'bar',
        barGap: '10%',
        itemStyle: { color: '#1677ff' },
        label: { show: true, position: 'right' },
        data: steps.map((s) => ({ value: s.value, key: s.key })),
      },
      {
        name: `${year - 1}年`,
        type: 'bar',
        itemStyle: { color: '#bfbfbf' },
        label: { show: true, position: 'right', color: '#8c8c8c' },
        data: steps.map((s) => ({ value: s.previous, key: s.key })),
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

/** Stacked horizontal bars of warning colours per department, first department on top, every name shown. */
export function warningOption(rows: WarningRow[]): EChartsCoreOption {
  const keys = ['red', 'yellow', 'blue', 'green'] as const;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { ...LEGEND_ON_TOP, data: keys.map((k) => warningColorLabels[k]) },
    grid: { left: 8, right: 16, bottom: 8, top: GRID_BELOW_LEGEND, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, axisLabel: { interval: 0 }, data: rows.map((r) => r.name) },
    series: keys.map((k) => ({
      name: warningColorLabels[k],
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
    legend: { ...LEGEND_ON_TOP, data: ['单位自评', '财政复核'] },
    grid: { left: 8, right: 16, bottom: 8, top: GRID_BELOW_LEGEND, containLabel: true },
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
