/**
 * The province drawn from its communes' coordinates, shared by the maps that show it (the
 * dashboard's, by stage; the maturity page's, by overall index): the frame around the communes,
 * the grid and axes that draw it undistorted, and the markers' sizes by population.
 */

/** A place on the map. */
export interface MapPoint {
  longitude: number;
  latitude: number;
}

/** The longitudes and latitudes the map shows, and the width/height ratio that keeps distances true. */
export interface MapFrame {
  minLongitude: number;
  maxLongitude: number;
  minLatitude: number;
  maxLatitude: number;
  /** Width over height of the drawing area: the page sizes the chart with it. */
  aspectRatio: number;
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
 * `points` holds at least one place (the pages draw no map without).
 */
export function mapFrame(points: readonly MapPoint[]): MapFrame {
  const longitudes = points.map((point) => point.longitude);
  const latitudes = points.map((point) => point.latitude);
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

/** The chart's grid and hidden axes on the frame: longitude across, latitude up, on white. */
export function mapGrid(frame: MapFrame) {
  const axis = { type: 'value' as const, show: false };
  return {
    grid: { left: GRID_INSET, right: GRID_INSET, top: GRID_INSET, bottom: GRID_INSET, show: true, borderColor: '#c4c6d0', backgroundColor: '#ffffff' },
    xAxis: { ...axis, min: frame.minLongitude, max: frame.maxLongitude },
    yAxis: { ...axis, min: frame.minLatitude, max: frame.maxLatitude },
  };
}
