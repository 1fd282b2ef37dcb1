import { TestBed } from '@angular/core/testing';
import { FakeChart, provideFakeMaturityCharts } from '../../testing';
import { MaturityRadar } from './maturity-radar';
import { radarOption, wrapLabel, type RadarDimension } from './radar-option';

const NAMES = { commune: 'Andenne', median: 'Médiane de la province' };
const DIMENSIONS: RadarDimension[] = [
  { label: 'Stratégie et investissements numériques', score: 62, median: 55.5 },
  { label: 'Numérique vert', score: null, median: 40 },
  { label: 'Interopérabilité', score: 30, median: null },
];

describe('radarOption', () => {
  it('draws the commune and the median on a 0-100 axis per dimension, a missing score as a gap', () => {
    const option = radarOption(DIMENSIONS, NAMES);
    expect(option.radar).toMatchObject({ indicator: [
      { name: 'Stratégie et\ninvestissements\nnumériques', max: 100, min: 0 },
      { name: 'Numérique vert', max: 100, min: 0 },
      { name: 'Interopérabilité', max: 100, min: 0 },
    ] });
    expect(option.series).toEqual([
      expect.objectContaining({
        type: 'radar',
        data: [
          expect.objectContaining({ name: 'Andenne', value: [62, '-', 30] }),
          expect.objectContaining({ name: 'Médiane de la province', value: [55.5, 40, '-'], lineStyle: { type: 'dashed', width: 2 } }),
        ],
      }),
    ]);
    expect(option.legend).toEqual({ bottom: 0, data: ['Andenne', 'Médiane de la province'] });
  });

  it('leaves the median out when there is none', () => {
    const option = radarOption(DIMENSIONS.map((dimension) => ({ ...dimension, median: null })), NAMES);
    expect(option.legend).toEqual({ bottom: 0, data: ['Andenne'] });
  });

  it.each([
    ['Numérique vert', 'Numérique vert'],
    ["Numérique centré sur l'humain", "Numérique centré\nsur l'humain"],
    ['Interopérabilités-transfrontalières', 'Interopérabilités-transfrontalières'],
  ])('wraps %p as %p', (label, expected) => {
    expect(wrapLabel(label)).toBe(expected);
  });
});

describe('MaturityRadar', () => {
  it('hands the radar to ECharts, hidden from screen readers (the page has its table)', async () => {
    const charts: FakeChart[] = [];
    TestBed.configureTestingModule({ providers: [provideFakeMaturityCharts(charts)] });
    const fixture = TestBed.createComponent(MaturityRadar);
    fixture.componentRef.setInput('dimensions', DIMENSIONS);
    fixture.componentRef.setInput('names', NAMES);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(fixture.nativeElement.querySelector('[echarts]')?.getAttribute('aria-hidden')).toBe('true');
    expect(charts.at(-1)?.last).toEqual(radarOption(DIMENSIONS, NAMES));
  });
});
