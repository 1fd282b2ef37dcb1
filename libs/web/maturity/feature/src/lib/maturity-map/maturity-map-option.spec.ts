import type { ScatterSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import { COMMUNES } from '@bep/web/dashboard/data-access/testing';
import { aProvinceMaturity } from '@bep/web/maturity/data-access/testing';
import { mapFrame, markerSize } from '@bep/web/ui';
import { communeAtPoint, maturityMapGroups, maturityMapOption, type MaturityMapLabels } from './maturity-map-option';

const LABELS: MaturityMapLabels = { answered: 'Indice global', unanswered: 'Pas de score', overall: (score) => `Indice global\u00a0: ${score}` };

type TooltipFormatter = (params: { name: string; seriesIndex: number; value: (number | null)[] }) => string;

describe('the maturity map', () => {
  const groups = maturityMapGroups(COMMUNES, aProvinceMaturity().rows);
  const option = maturityMapOption(groups, LABELS);
  const series = option.series as ScatterSeriesOption[];

  it("places the communes on the dashboard's frame, sized by population", () => {
    const frame = mapFrame(COMMUNES);
    expect(option.xAxis).toMatchObject({ min: frame.minLongitude, max: frame.maxLongitude });
    const gembloux = (series[0]?.data as { name: string; value: number[]; symbolSize: number }[]).find((point) => point.name === 'Gembloux');
    expect(gembloux).toMatchObject({ value: [4.6944, 50.5616, 62], symbolSize: markerSize(26_253, 110_939) });
  });

  it('colours the communes that answered by their overall index, the others grey and dashed', () => {
    expect((series[0]?.data as { name: string; itemStyle: { color: string } }[]).map((point) => [point.name, point.itemStyle.color])).toEqual([
      ['Gembloux', '#2171b5'],
      ['Ciney', '#6baed6'],
      ['Viroinval', '#08519c'],
    ]);
    expect(series[1]).toMatchObject({ name: 'Pas de score', itemStyle: { color: '#e0e0e0', borderType: 'dashed' } });
    expect((series[1]?.data as { name: string }[]).map((point) => point.name)).toEqual(['Namur']);
  });

  it('names the commune and its index in the tooltip, names escaped', () => {
    const formatter = (option.tooltip as TooltipComponentOption).formatter as TooltipFormatter;
    expect(formatter({ name: 'Gembloux', seriesIndex: 0, value: [4.69, 50.56, 62] })).toBe('<strong>Gembloux</strong><br>Indice global\u00a0: 62');
    expect(formatter({ name: '<b>Namur</b>', seriesIndex: 1, value: [4.86, 50.46, null] })).toBe('<strong>&lt;b&gt;Namur&lt;/b&gt;</strong><br>Pas de score');
  });

  it('finds the commune under a clicked marker', () => {
    expect(communeAtPoint(groups, 0, 2)?.name).toBe('Viroinval');
    expect(communeAtPoint(groups, 1, 0)?.name).toBe('Namur');
    expect(communeAtPoint(groups, 2, 0)).toBeNull();
  });
});
