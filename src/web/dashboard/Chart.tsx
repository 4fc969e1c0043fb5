// One ECharts chart (tree-shaken: bar, pie and funnel on canvas), sized to its box; a click reports
// the bar or slice and its series, so each can open the projects behind it. Used by the dashboard
// and the cockpit.
import { BarChart, FunnelChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, PieChart, FunnelChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = Parameters<echarts.ECharts['setOption']>[0];

/** `summary` is read by screen readers in place of the canvas (the numbers are also in the tables). */
export function Chart({
  option,
  height = 300,
  onClick,
  testId,
  summary,
}: {
  option: ChartOption;
  height?: number;
  onClick?: (dataIndex: number, seriesIndex: number) => void;
  testId?: string;
  summary?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    if (!box.current) return;
    const c = echarts.init(box.current);
    chart.current = c;
    c.on('click', (p) => click.current?.(p.dataIndex, p.seriesIndex ?? 0));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(box.current);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={summary}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
      data-testid={testId}
    />
  );
}
