import { COLORS } from '@xiangzhi/platform';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the figures use (tree-shaken echarts/core): this file is its own chunk, loaded by the figures page alone.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface FiguresChartRow {
  name: string;
  raised: number;
  closed: number;
  onTime: number;
  satisfactionRate: number | null;
}

export interface FiguresChartLabels {
  raised: string;
  closed: string;
  onTime: string;
  satisfaction: string;
}

/** Bars of raised / closed / on time per group and the satisfaction rate as a line on its own axis. */
export function FiguresChart({ rows, labels }: { rows: readonly FiguresChartRow[]; labels: FiguresChartLabels }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      color: [COLORS.primary, COLORS.success, COLORS.warning, COLORS.error],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 48, top: 36, bottom: 56 },
      xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { rotate: rows.length > 6 ? 30 : 0 } },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        { name: labels.raised, type: 'bar', data: rows.map((r) => r.raised) },
        { name: labels.closed, type: 'bar', data: rows.map((r) => r.closed) },
        { name: labels.onTime, type: 'bar', data: rows.map((r) => r.onTime) },
        {
          name: labels.satisfaction,
          type: 'line',
          yAxisIndex: 1,
          data: rows.map((r) => (r.satisfactionRate === null ? null : Math.round(r.satisfactionRate * 1000) / 10)),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows, labels]);
  return <div ref={ref} data-testid="figures-chart" style={{ width: '100%', height: 320 }} />;
}
