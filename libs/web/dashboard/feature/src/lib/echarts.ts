import { FunnelChart, GaugeChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the dashboard draws (funnel, gauge, the map's scatter on a grid, tooltips,
 * on canvas), so that the rest of the library stays out of the bundle. Imported by the dashboard's
 * lazy route only: none of it is in the initial bundle.
 */
echarts.use([FunnelChart, GaugeChart, ScatterChart, GridComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
