import { describe, expect, it } from 'vitest';
import { funnelOption, gradeOption, suggestionOption, warningOption } from './options';

describe('cockpit chart options', () => {
  it('funnel keeps the loop order and carries the step key for drill-down', () => {
    const o = funnelOption([
      { key: 'projects', label: '项目', value: 100 },
      { key: 'assessed', label: '事前评估', value: 7 },
    ]) as { series: { sort: string; data: { name: string; value: number; key: string }[] }[] };
    expect(o.series[0].sort).toBe('none');
    expect(o.series[0].data).toEqual([
      { name: '项目', value: 100, key: 'projects' },
      { name: '事前评估', value: 7, key: 'assessed' },
    ]);
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
      ['绿色', 9],
    ]);
    expect(new Set(o.series.map((s) => s.stack)).size).toBe(1);
  });

  it('grades and suggestions map rows to series', () => {
    const g = gradeOption([{ grade: '优', self: 5, review: 3 }]) as { series: { data: number[] }[] };
    expect(g.series.map((s) => s.data)).toEqual([[5], [3]]);
    const s = suggestionOption([{ label: '指标设置科学性', count: 12 }]) as { series: { data: unknown[] }[] };
    expect(s.series[0].data).toEqual([{ name: '指标设置科学性', value: 12 }]);
  });
});
