import type { RadarSeriesOption } from 'echarts/charts';
import type { LegendComponentOption, RadarComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The options of the radar: only what `maturity-echarts.ts` registers, so a typo fails the build. */
export type RadarChartOption = ComposeOption<RadarSeriesOption | RadarComponentOption | TooltipComponentOption | LegendComponentOption>;

/** A dimension as the radar draws it: its name, the commune's score and the median, 0-100 (null: none). */
export interface RadarDimension {
  label: string;
  score: number | null;
  median: number | null;
}

/** The names of the two shapes, in the interface language. */
export interface RadarSeriesNames {
  commune: string;
  median: string;
}

/** The commune's colour and the median's, the ones of the printed summary; the median is also dashed, not told by colour alone. */
export const RADAR_COLORS = { commune: '#1f5f8b', median: '#b03a2e' } as const;

/**
 * A dimension's name on lines of at most `width` characters (words kept whole), so that the long
 * names ("Stratégie et investissements numériques") fit around a phone's radar.
 */
export function wrapLabel(label: string, width = 16): string {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** ECharts marks a missing value with '-': a dimension without a score leaves a gap, not a zero. */
const value = (score: number | null): number | '-' => score ?? '-';

/**
 * The radar of a commune's dimensions (0-100) against the province's median, the median left out
 * when there is none (no other commune answered).
 */
export function radarOption(dimensions: readonly RadarDimension[], names: RadarSeriesNames): RadarChartOption {
  const withMedian = dimensions.some((dimension) => dimension.median !== null);
  const data: NonNullable<RadarSeriesOption['data']> = [
    { name: names.commune, value: dimensions.map((dimension) => value(dimension.score)), areaStyle: { opacity: 0.25 }, lineStyle: { width: 2 } },
  ];
  if (withMedian) {
    data.push({ name: names.median, value: dimensions.map((dimension) => value(dimension.median)), lineStyle: { type: 'dashed', width: 2 }, symbol: 'diamond' });
  }
  return {
    color: [RADAR_COLORS.commune, RADAR_COLORS.median],
    tooltip: { trigger: 'item', confine: true },
    legend: { bottom: 0, data: withMedian ? [names.commune, names.median] : [names.commune] },
    radar: {
      // Room around the radar for the dimensions' names, even on a phone's 360 px.
      center: ['50%', '50%'],
      radius: '52%',
      indicator: dimensions.map((dimension) => ({ name: wrapLabel(dimension.label, 14), max: 100, min: 0 })),
      axisName: { color: '#3c3c3c', fontSize: 11, lineHeight: 14 },
      splitNumber: 4,
    },
    series: [{ type: 'radar', data }],
  };
}
