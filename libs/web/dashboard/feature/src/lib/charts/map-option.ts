import type { CommuneSummary } from '@bep/contracts';
import { formatNumber } from '@bep/web/shared/i18n';
import { COMMUNE_STATUSES, type CommuneStatus, communeStatus, STAGE_COLOURS } from '@bep/web/ui';
import type { ChartLabels } from './chart-labels';
import type { DashboardChartOption } from './chart-option';
import { escapeHtml } from './escape-html';

/** The longitudes and latitudes the map shows, and the width/height ratio that keeps distances true. */
export interface MapFrame {
  minLongitude: number;
  maxLongitude: number;
  minLatitude: number;
  maxLatitude: number;
  /** Width over height of the drawing area: the page sizes the chart with it. */
  aspectRatio: number;
}

/** The communes of one status: one series, one colour, one entry of the legend. */
export interface MapGroup {
  status: CommuneStatus;
  communes: CommuneSummary[];
}

/** Room around the outermost communes, as a share of the span, so that their markers are not cut. */
const MARGIN = 0.08;
const MIN_MARKER = 6;
const MAX_MARKER = 40;
/** The grid's margins, the same share of the width and of the height, so the frame's ratio holds. */
const GRID_INSET = '3%';

/**
 * The frame around the communes. A degree of longitude is shorter than a degree of latitude by
 * the cosine of the latitude (about 0.64 in Namur), so the frame is that much narrower than its
 * span in degrees: with this ratio, the plain cartesian grid draws the province undistorted.
 * `communes` holds at least one commune (the page draws no map without).
 */
export function mapFrame(communes: readonly CommuneSummary[]): MapFrame {
  const longitudes = communes.map((commune) => commune.longitude);
  const latitudes = communes.map((commune) => commune.latitude);
  const [west, east] = [Math.min(...longitudes), Math.max(...longitudes)];
  const [south, north] = [Math.min(...latitudes), Math.max(...latitudes)];
  // Half a degree at least, so that one commune alone still gets a frame.
  const longitudeSpan = Math.max(east - west, 0.5) * (1 + 2 * MARGIN);
  const latitudeSpan = Math.max(north - south, 0.5) * (1 + 2 * MARGIN);
  const [centreLongitude, centreLatitude] = [(west + east) / 2, (south + north) / 2];
  const shrink = Math.cos((centreLatitude * Math.PI) / 180);
  return {
    minLongitude: centreLongitude - longitudeSpan / 2,
    maxLongitude: centreLongitude + longitudeSpan / 2,
    minLatitude: centreLatitude - latitudeSpan / 2,
    maxLatitude: centreLatitude + latitudeSpan / 2,
    aspectRatio: (longitudeSpan * shrink) / latitudeSpan,
  };
}

/** A marker's diameter in pixels: its area grows with the population (Namur, the largest, is the biggest). */
export function markerSize(population: number, largestPopulation: number): number {
  if (largestPopulation <= 0) return MIN_MARKER;
  return Math.round(MIN_MARKER + (MAX_MARKER - MIN_MARKER) * Math.sqrt(Math.max(population, 0) / largestPopulation));
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
  const frame = mapFrame(frameCommunes);
  const largest = Math.max(0, ...frameCommunes.map((commune) => commune.population));
  const axis = { type: 'value' as const, show: false };
  return {
    grid: {
      left: GRID_INSET,
      right: GRID_INSET,
      top: GRID_INSET,
      bottom: GRID_INSET,
      show: true,
      borderColor: '#c4c6d0',
      backgroundColor: '#ffffff',
    },
    xAxis: { ...axis, min: frame.minLongitude, max: frame.maxLongitude },
    yAxis: { ...axis, min: frame.minLatitude, max: frame.maxLatitude },
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
