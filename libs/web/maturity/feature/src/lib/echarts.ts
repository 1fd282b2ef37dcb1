import { ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the maturity page draws (the map's scatter on a grid, tooltips, on
 * canvas); imported by its lazy route only, so none of it is in the initial bundle.
 */
echarts.use([ScatterChart, GridComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
