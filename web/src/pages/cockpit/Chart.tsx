import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** A responsive ECharts canvas; `onClick` receives the clicked item's data index, series index and name. */
export function Chart({
  option,
  height = 300,
  onClick,
}: {
  option: echarts.EChartsCoreOption;
  height?: number;
  onClick?: (p: { dataIndex: number; seriesIndex: number; name: string }) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption(option);
    if (onClick)
      chart.on('click', (p) =>
        onClick({ dataIndex: p.dataIndex ?? 0, seriesIndex: p.seriesIndex ?? 0, name: String(p.name ?? '') }),
      );
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, onClick]);
  return <div ref={ref} style={{ width: '100%', height }} />;
}
