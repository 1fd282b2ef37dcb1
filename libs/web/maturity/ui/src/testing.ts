import type { EnvironmentProviders, Provider } from '@angular/core';
import { provideEchartsCore } from 'ngx-echarts';
import type { RadarChartOption } from './lib/radar/radar-option';

/** A chart that keeps the options it is given, in place of ECharts' canvas (jsdom draws none). */
export class FakeChart {
  readonly options: RadarChartOption[] = [];
  constructor(readonly element: HTMLElement) {}
  setOption(option: RadarChartOption): void {
    this.options.push(option);
  }
  readonly on = () => undefined;
  readonly off = () => undefined;
  readonly isDisposed = () => false;
  readonly dispose = () => undefined;
  readonly resize = () => undefined;
  readonly showLoading = () => undefined;
  readonly hideLoading = () => undefined;
  get last(): RadarChartOption | undefined {
    return this.options.at(-1);
  }
}

/**
 * `provideMaturityCharts()` for a test: every radar drawn is pushed on `charts`. ngx-echarts
 * watches its element's size: a do-nothing ResizeObserver stands in for jsdom's missing one.
 */
export function provideFakeMaturityCharts(charts: FakeChart[]): Provider | EnvironmentProviders {
  globalThis.ResizeObserver ??= class {
    readonly observe = () => undefined;
    readonly unobserve = () => undefined;
    readonly disconnect = () => undefined;
  } as unknown as typeof ResizeObserver;
  return provideEchartsCore({
    echarts: {
      init: (element: HTMLElement) => {
        const chart = new FakeChart(element);
        charts.push(chart);
        return chart;
      },
    },
  });
}
