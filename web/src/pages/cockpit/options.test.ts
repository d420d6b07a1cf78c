import { describe, expect, it } from 'vitest';
import { gradeOption, loopBarOption, loopStepLabel, suggestionOption, warningOption } from './options';

describe('cockpit chart options', () => {
  it('loop bars keep the loop order top-down, the selected year first, and carry the step key for drill-down', () => {
    const steps = [
      { key: 'projects', label: '项目', objectYear: 2025, value: 100, previous: 90 },
      { key: 'selfEvaluated', label: '单位自评', objectYear: 2024, value: 80, previous: 0 },
    ];
    const o = loopBarOption(steps, 2025) as {
      legend: { data: string[] };
      yAxis: { type: string; inverse: boolean; data: string[] };
      series: { name: string; type: string; data: { value: number; key: string }[] }[];
    };
    expect(o.yAxis).toMatchObject({ type: 'category', inverse: true });
    expect(o.yAxis.data).toEqual(['项目', '单位自评（2024年项目）']);
    expect(o.legend.data).toEqual(['2025年', '2024年']);
    expect(o.series.map((s) => [s.name, s.type])).toEqual([
      ['2025年', 'bar'],
      ['2024年', 'bar'],
    ]);
    expect(o.series[0].data).toEqual([
      { value: 100, key: 'projects' },
      { value: 80, key: 'selfEvaluated' },
    ]);
    expect(o.series[1].data.map((d) => d.value)).toEqual([90, 0]);
  });

  it('names the object year only when it differs from the work year', () => {
    const step = { key: 'reviewed', label: '财政复核', objectYear: 2025, value: 1, previous: 1 };
    expect(loopStepLabel(step, 2025)).toBe('财政复核');
    expect(loopStepLabel({ ...step, objectYear: 2024 }, 2025)).toBe('财政复核（2024年项目）');
  });

  it('warnings stack four colours per department', () => {
    const o = warningOption([{ name: '区教育局', red: 2, yellow: 1, blue: 0, green: 9 }]) as {
      yAxis: { data: string[] };
      series: { name: string; stack: string; data: number[] }[];
    };
    expect(o.yAxis.data).toEqual(['区教育局']);
    expect(o.series.map((s) => [s.name, s.data[0]])).toEqual([
      ['红色预警', 2],
      ['黄色预警', 1],
      ['蓝色预警', 0],
      ['绿色预警', 9],
    ]);
    expect(new Set(o.series.map((s) => s.stack)).size).toBe(1);
  });

  it('warnings list departments top-down and show every department name, not every other one', () => {
    const o = warningOption([
      { name: '区教育局', red: 1, yellow: 0, blue: 0, green: 1 },
      { name: '区民政局', red: 0, yellow: 1, blue: 0, green: 1 },
    ]) as { yAxis: { inverse: boolean; axisLabel: { interval: number } } };
    expect(o.yAxis.inverse).toBe(true);
    expect(o.yAxis.axisLabel.interval).toBe(0);
  });

  it('puts every legend above its grid so it cannot cover the axis labels', () => {
    const step = { key: 'projects', label: '项目', objectYear: 2025, value: 1, previous: 1 };
    const options = [
      loopBarOption([step], 2025),
      warningOption([{ name: '区教育局', red: 1, yellow: 0, blue: 0, green: 1 }]),
      gradeOption([{ grade: '优', self: 1, review: 1 }]),
    ] as { legend: { top: number; bottom?: number }; grid: { top: number } }[];
    for (const o of options) {
      expect(o.legend.top).toBe(0);
      expect(o.legend.bottom).toBeUndefined();
      expect(o.grid.top).toBeGreaterThanOrEqual(32);
    }
  });

  it('grades and suggestions map rows to series', () => {
    const g = gradeOption([{ grade: '优', self: 5, review: 3 }]) as { series: { data: number[] }[] };
    expect(g.series.map((s) => s.data)).toEqual([[5], [3]]);
    const s = suggestionOption([{ label: '指标设置科学性', count: 12 }]) as { series: { data: unknown[] }[] };
    expect(s.series[0].data).toEqual([{ name: '指标设置科学性', value: 12 }]);
  });
});
