import { RadarChart } from 'echarts/charts';
import { LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the radar draws (radar, legend, tooltips, on canvas). Loaded by
 * `provideMaturityCharts` when a radar first shows, in a chunk of its own: none of it is in the
 * initial bundle nor in the page's own chunk.
 */
echarts.use([RadarChart, RadarComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
