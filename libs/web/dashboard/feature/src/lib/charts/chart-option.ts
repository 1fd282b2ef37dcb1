import type { FunnelSeriesOption, GaugeSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The options of the dashboard's charts: only what `echarts.ts` registers, so a typo fails the build. */
export type DashboardChartOption = ComposeOption<
  FunnelSeriesOption | GaugeSeriesOption | ScatterSeriesOption | GridComponentOption | TooltipComponentOption
>;
