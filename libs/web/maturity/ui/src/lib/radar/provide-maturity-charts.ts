import type { EnvironmentProviders, Provider } from '@angular/core';
import { provideEchartsCore } from 'ngx-echarts';

/** The ECharts that `MaturityRadar` draws with, loaded on first use: for the providers of the route that shows a radar. */
export function provideMaturityCharts(): Provider | EnvironmentProviders {
  return provideEchartsCore({ echarts: () => import('./maturity-echarts').then((m) => m.echarts) });
}
