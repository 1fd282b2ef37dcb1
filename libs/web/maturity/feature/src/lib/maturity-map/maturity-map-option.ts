import type { CommuneSummary, MaturityRow } from '@bep/contracts';
import { escapeHtml, mapFrame, mapGrid, markerSize } from '@bep/web/ui';
import type { ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { NO_SCORE, scoreClass } from '../heat-map/maturity-scale';

/** The options of the maturity map: only what `echarts.ts` registers, so a typo fails the build. */
export type MaturityChartOption = ComposeOption<ScatterSeriesOption | GridComponentOption | TooltipComponentOption>;

/** The words inside the map, in the interface language. */
export interface MaturityMapLabels {
  /** The answered communes' series: "Indice global". */
  answered: string;
  /** The others': "Pas de score". */
  unanswered: string;
  /** A commune's overall index in its tooltip: "Indice global : 62". */
  overall(score: string): string;
}

/** The communes that answered (with their overall index) and the others: the map's two series, in that order. */
export interface MaturityMapGroups {
  answered: { commune: CommuneSummary; overall: number | null }[];
  unanswered: CommuneSummary[];
}

export function maturityMapGroups(communes: readonly CommuneSummary[], rows: readonly MaturityRow[]): MaturityMapGroups {
  const overall = new Map(rows.map((row) => [row.nis, row.overall]));
  return {
    answered: communes.filter((commune) => overall.has(commune.nis)).map((commune) => ({ commune, overall: overall.get(commune.nis) ?? null })),
    unanswered: communes.filter((commune) => !overall.has(commune.nis)),
  };
}

/** The commune under a clicked marker: series and data indexes follow maturityMapGroups(). */
export function communeAtPoint(groups: MaturityMapGroups, seriesIndex: number, dataIndex: number): CommuneSummary | null {
  const point = seriesIndex === 0 ? groups.answered[dataIndex]?.commune : seriesIndex === 1 ? groups.unanswered[dataIndex] : undefined;
  return point ?? null;
}

/**
 * The province's map coloured by the overall index: every commune at its place (the dashboard's
 * frame and marker sizes, `@bep/web/ui`), those that answered in the heat map's colour of their
 * index, the others grey with a dashed outline (told apart without colour). The tooltip names the
 * commune and its index.
 */
export function maturityMapOption(groups: MaturityMapGroups, labels: MaturityMapLabels): MaturityChartOption {
  const communes = [...groups.answered.map(({ commune }) => commune), ...groups.unanswered];
  const largest = Math.max(0, ...communes.map((commune) => commune.population));
  const point = (commune: CommuneSummary) => [commune.longitude, commune.latitude];
  return {
    ...mapGrid(mapFrame(communes)),
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const { name, seriesIndex, value } = Array.isArray(params) ? params[0] : params;
        const score = (value as (number | null)[])[2];
        const detail = seriesIndex === 0 && score !== null && score !== undefined ? labels.overall(String(score)) : labels.unanswered;
        return `<strong>${escapeHtml(name)}</strong><br>${escapeHtml(detail)}`;
      },
    },
    series: [
      {
        type: 'scatter',
        name: labels.answered,
        cursor: 'pointer',
        itemStyle: { borderColor: '#1a1c1e', borderWidth: 1 },
        emphasis: { scale: 1.2 },
        data: groups.answered.map(({ commune, overall }) => ({
          name: commune.name,
          value: [...point(commune), overall],
          symbolSize: markerSize(commune.population, largest),
          itemStyle: { color: scoreClass(overall).background },
        })),
      },
      {
        type: 'scatter',
        name: labels.unanswered,
        cursor: 'pointer',
        itemStyle: { color: NO_SCORE.background, borderColor: '#5f6368', borderWidth: 1, borderType: 'dashed' },
        emphasis: { scale: 1.2 },
        data: groups.unanswered.map((commune) => ({ name: commune.name, value: [...point(commune), null], symbolSize: markerSize(commune.population, largest) })),
      },
    ],
  };
}
