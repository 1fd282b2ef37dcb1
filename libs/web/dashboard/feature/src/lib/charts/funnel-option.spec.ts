import type { FunnelSeriesOption } from 'echarts/charts';
import { aStats } from '@bep/web/dashboard/data-access/testing';
import { STAGE_COLOURS } from '@bep/web/ui';
import type { ChartLabels } from './chart-labels';
import { frenchChartLabels } from './chart-labels.testing';
import { funnelOption, reachedCount } from './funnel-option';

describe('funnelOption', () => {
  let labels: ChartLabels;

  beforeEach(() => (labels = frenchChartLabels()));

  const series = (option: ReturnType<typeof funnelOption>) => (option.series as FunnelSeriesOption[])[0];

  it('draws one slice per stage of the main path, in order, as wide as the engagements that reached it', () => {
    const funnel = series(funnelOption(aStats(), labels));

    expect(funnel.type).toBe('funnel');
    expect(funnel.sort).toBe('none');
    expect(funnel.data).toEqual([
      { name: 'Questionnaire envoyé', value: 37, itemStyle: { color: STAGE_COLOURS.survey_sent } },
      { name: 'Questionnaire complété', value: 5, itemStyle: { color: STAGE_COLOURS.survey_answered } },
      { name: 'Diagnostic demandé', value: 5, itemStyle: { color: STAGE_COLOURS.diagnostic_requested } },
      { name: 'Atelier tenu', value: 0, itemStyle: { color: STAGE_COLOURS.workshop_held } },
      { name: 'Accompagnement', value: 0, itemStyle: { color: STAGE_COLOURS.accompaniment } },
    ]);
  });

  it('labels each slice with its stage and count in Belgian figures', () => {
    const funnel = series(funnelOption(aStats({ stages: [{ stage: 'survey_sent', count: 1200, reached: 1500, medianDays: 3 }] }), labels));
    const formatter = funnel.label?.formatter as (params: { name: string; value: number }) => string;

    expect(formatter({ name: 'Questionnaire envoyé', value: 1500 }).replace(/\s/g, ' ')).toBe('Questionnaire envoyé (1 500)');
  });

  it('follows the interface language', () => {
    const english = { ...labels, status: { ...labels.status, survey_sent: 'Survey sent' } };
    expect(series(funnelOption(aStats(), english)).data?.[0]).toMatchObject({ name: 'Survey sent' });
  });

  it('counts a stage nobody reached as 0', () => {
    expect(reachedCount(aStats({ stages: [] }), 'workshop_held')).toBe(0);
  });
});
