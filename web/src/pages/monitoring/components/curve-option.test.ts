import { describe, expect, it } from 'vitest';
import { curveOption } from './curve-option';

describe('curveOption', () => {
  it('sorts rounds by month and pairs execution with time progress', () => {
    const option = curveOption([
      { roundName: 'Q2', month: 6, executionRate: 40, timeProgress: 50 },
      { roundName: 'Q1', month: 3, executionRate: 10, timeProgress: 25 },
    ]) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(option.xAxis.data).toEqual(['3月', '6月']);
    expect(option.series[0]).toMatchObject({ name: '执行率', data: [10, 40] });
    expect(option.series[1]).toMatchObject({ name: '序时进度', data: [25, 50] });
  });

  it('is empty without points', () => {
    const option = curveOption([]) as { series: { data: number[] }[] };
    expect(option.series[0].data).toEqual([]);
  });
});
