export * from './lib/radar/maturity-radar';
export * from './lib/radar/provide-maturity-charts';
export { radarOption, wrapLabel, RADAR_COLORS, type RadarChartOption, type RadarDimension, type RadarSeriesNames } from './lib/radar/radar-option';
