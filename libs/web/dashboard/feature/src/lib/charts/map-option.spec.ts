import type { ScatterSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import { aCommune, COMMUNES } from '@bep/web/dashboard/data-access/testing';
import { mapFrame, markerSize, STAGE_COLOURS } from '@bep/web/ui';
import type { ChartLabels } from './chart-labels';
import { frenchChartLabels } from './chart-labels.testing';
import { communeAt, mapGroups, mapOption } from './map-option';

type TooltipFormatter = (params: { name: string; seriesName: string; value: number[] }) => string;

describe('the map of the province', () => {
  let labels: ChartLabels;

  beforeEach(() => (labels = frenchChartLabels()));

  const seriesOf = (option: ReturnType<typeof mapOption>) => option.series as ScatterSeriesOption[];

  it('places each commune at its longitude (x) and latitude (y), one series per stage in the legend order', () => {
    const series = seriesOf(mapOption(COMMUNES, labels));

    expect(series.map((one) => one.name)).toEqual(['Questionnaire envoyé', 'Diagnostic demandé', 'Non éligible (hors catégorie)']);
    expect(series.every((one) => one.type === 'scatter')).toBe(true);
    expect(series[0].itemStyle?.color).toBe(STAGE_COLOURS.survey_sent);
    expect(series[2].itemStyle?.color).toBe(STAGE_COLOURS.not_eligible);
    expect(series[0].data).toEqual([
      { name: 'Ciney', value: [5.1214, 50.2655, 16_706], symbolSize: expect.any(Number) },
      { name: 'Viroinval', value: [4.6034, 50.0316, 5_680], symbolSize: expect.any(Number) },
    ]);
  });

  it('sizes the markers by population: the largest commune gets the largest marker, areas in proportion', () => {
    expect(markerSize(110_939, 110_939)).toBe(40);
    expect(markerSize(0, 110_939)).toBe(6);
    expect(markerSize(110_939 / 4, 110_939)).toBe(23);
    const namur = seriesOf(mapOption(COMMUNES, labels))[2].data as { symbolSize: number }[];
    expect(namur[0].symbolSize).toBe(40);
  });

  it('keeps the province frame and the marker sizes when a filter leaves fewer communes', () => {
    const ciney = COMMUNES.filter((commune) => commune.name === 'Ciney');
    const option = mapOption(ciney, labels, COMMUNES);

    expect(option.xAxis).toMatchObject({ min: mapFrame(COMMUNES).minLongitude, max: mapFrame(COMMUNES).maxLongitude });
    expect((seriesOf(option)[0].data as { symbolSize: number }[])[0].symbolSize).toBe(markerSize(16_706, 110_939));
  });

  it('frames the communes with a margin, narrower than its span in degrees by the cosine of the latitude', () => {
    const frame = mapFrame(COMMUNES);

    expect(frame.minLongitude).toBeLessThan(4.6034);
    expect(frame.maxLongitude).toBeGreaterThan(5.1214);
    expect(frame.minLatitude).toBeLessThan(50.0316);
    expect(frame.maxLatitude).toBeGreaterThan(50.5616);
    const longitudeSpan = frame.maxLongitude - frame.minLongitude;
    const latitudeSpan = frame.maxLatitude - frame.minLatitude;
    const centre = (frame.minLatitude + frame.maxLatitude) / 2;
    expect(frame.aspectRatio).toBeCloseTo((longitudeSpan * Math.cos((centre * Math.PI) / 180)) / latitudeSpan, 6);

    const option = mapOption(COMMUNES, labels);
    expect(option.xAxis).toMatchObject({ type: 'value', show: false, min: frame.minLongitude, max: frame.maxLongitude });
    expect(option.yAxis).toMatchObject({ type: 'value', show: false, min: frame.minLatitude, max: frame.maxLatitude });
    // Margins that are the same share of the width and of the height keep the ratio of the frame.
    expect(option.grid).toMatchObject({ left: '3%', right: '3%', top: '3%', bottom: '3%' });
  });

  it('gives a lone commune a frame of its own', () => {
    const frame = mapFrame([aCommune('Gembloux', '92142', 'survey_sent', { latitude: 50.56, longitude: 4.69 })]);
    expect(frame.maxLatitude - frame.minLatitude).toBeGreaterThan(0.5);
    expect(frame.aspectRatio).toBeGreaterThan(0);
  });

  it('shows the commune, its stage and its population in Belgian figures in the tooltip, names escaped', () => {
    const tooltip = mapOption(COMMUNES, labels).tooltip as TooltipComponentOption;
    const formatter = tooltip.formatter as TooltipFormatter;

    expect(formatter({ name: 'Gembloux', seriesName: 'Diagnostic demandé', value: [4.69, 50.56, 26_253] }).replace(/\s/g, ' ')).toBe(
      '<strong>Gembloux</strong><br>Diagnostic demandé<br>Population : 26 253',
    );
    expect(formatter({ name: '<b>X</b>', seriesName: 'Retiré', value: [0, 0, 1] })).toContain('&lt;b&gt;X&lt;/b&gt;');
  });

  it('follows the interface language', () => {
    const english: ChartLabels = { ...labels, status: { ...labels.status, survey_sent: 'Survey sent' }, population: (count) => `Population: ${count}` };
    const option = mapOption(COMMUNES, english);
    expect(seriesOf(option)[0].name).toBe('Survey sent');
    const formatter = (option.tooltip as TooltipComponentOption).formatter as TooltipFormatter;
    expect(formatter({ name: 'Ciney', seriesName: 'Survey sent', value: [5, 50, 16_706] })).toContain('Population: 16');
  });

  it('finds the commune under a clicked marker from its series and index', () => {
    expect(mapGroups(COMMUNES).map((group) => group.status)).toEqual(['survey_sent', 'diagnostic_requested', 'not_eligible']);
    expect(communeAt(COMMUNES, 0, 1)?.name).toBe('Viroinval');
    expect(communeAt(COMMUNES, 1, 0)?.nis).toBe('92142');
    expect(communeAt(COMMUNES, 5, 0)).toBeNull();
  });
});
