import type { CommuneSummary } from '@bep/contracts';
import { COMMUNE_STATUSES, type CommuneStatus } from '@bep/domain';
import { formatNumber } from '@bep/web/shared/i18n';
import { communeStatus, escapeHtml, mapFrame, mapGrid, markerSize, STAGE_COLOURS } from '@bep/web/ui';
import type { ChartLabels } from './chart-labels';
import type { DashboardChartOption } from './chart-option';

/** The communes of one status: one series, one colour, one entry of the legend. */
export interface MapGroup {
  status: CommuneStatus;
  communes: CommuneSummary[];
}

/** The communes grouped by status, in the legend's order; statuses without a commune are left out. */
export function mapGroups(communes: readonly CommuneSummary[]): MapGroup[] {
  return COMMUNE_STATUSES.map((status) => ({ status, communes: communes.filter((commune) => communeStatus(commune) === status) })).filter(
    (group) => group.communes.length > 0,
  );
}

/** The commune under a clicked marker: series and data indexes follow mapGroups(). */
export function communeAt(communes: readonly CommuneSummary[], seriesIndex: number, dataIndex: number): CommuneSummary | null {
  return mapGroups(communes)[seriesIndex]?.communes[dataIndex] ?? null;
}

/**
 * The map: one marker per commune at its longitude and latitude on a cartesian grid of the
 * province's frame, coloured by stage and sized by population, with a tooltip naming the commune,
 * its stage and its population. The sizes scale on `frameCommunes` (the whole province), so that a
 * filter does not inflate the markers left.
 */
export function mapOption(
  communes: readonly CommuneSummary[],
  labels: ChartLabels,
  frameCommunes: readonly CommuneSummary[] = communes,
): DashboardChartOption {
  const largest = Math.max(0, ...frameCommunes.map((commune) => commune.population));
  return {
    ...mapGrid(mapFrame(frameCommunes)),
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const { name, seriesName, value } = Array.isArray(params) ? params[0] : params;
        const population = formatNumber(Number((value as number[])[2]));
        return `<strong>${escapeHtml(name)}</strong><br>${escapeHtml(seriesName ?? '')}<br>${escapeHtml(labels.population(population))}`;
      },
    },
    series: mapGroups(communes).map(({ status, communes: group }) => ({
      type: 'scatter',
      name: labels.status[status],
      cursor: 'pointer',
      itemStyle: { color: STAGE_COLOURS[status], opacity: 0.85, borderColor: '#ffffff', borderWidth: 1 },
      emphasis: { scale: 1.2, itemStyle: { opacity: 1 } },
      data: group.map((commune) => ({
        name: commune.name,
        value: [commune.longitude, commune.latitude, commune.population],
        symbolSize: markerSize(commune.population, largest),
      })),
    })),
  };
}
