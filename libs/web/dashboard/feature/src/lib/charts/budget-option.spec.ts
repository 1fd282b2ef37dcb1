import type { GaugeSeriesOption } from 'echarts/charts';
import type { CampaignBudget } from '@bep/contracts';
import { type ChartLabels } from './chart-labels';
import { frenchChartLabels } from './chart-labels.testing';
import { BUDGET_COLOURS, budgetOption, committedShare } from './budget-option';

function budget(envelopeCents: number, committedCents: number): CampaignBudget {
  return { envelopeCents, committedCents, remainingCents: envelopeCents - committedCents, currency: 'EUR' };
}

describe('the budget gauge', () => {
  let labels: ChartLabels;

  beforeEach(() => (labels = frenchChartLabels()));

  const gauge = (option: ReturnType<typeof budgetOption>) => (option?.series as GaugeSeriesOption[])[0];

  it("shows BEP's committed share of its envelope in percent, captioned in the interface language", () => {
    const series = gauge(budgetOption(budget(2_000_000, 1_250_000), labels));

    expect(committedShare(budget(2_000_000, 1_250_000))).toBe(0.625);
    expect(series.type).toBe('gauge');
    expect(series.max).toBe(100);
    expect(series.data).toEqual([{ value: 62.5, name: 'Engagé' }]);
    expect(series.progress?.itemStyle?.color).toBe(BUDGET_COLOURS.withinEnvelope);
    const formatter = series.detail?.formatter as (value: number) => string;
    expect(formatter(62.5).replace(/\s/g, ' ')).toBe('62,5 %');
  });

  it('runs past 100 % in red when the envelope is exceeded', () => {
    const series = gauge(budgetOption(budget(1_000_000, 1_250_000), labels));

    expect(series.max).toBe(130);
    expect(series.data).toEqual([{ value: 125, name: 'Engagé' }]);
    expect(series.progress?.itemStyle?.color).toBe(BUDGET_COLOURS.exceeded);
  });

  it('draws no gauge without an envelope', () => {
    expect(budgetOption(budget(0, 0), labels)).toBeNull();
    expect(committedShare(budget(0, 500_000))).toBeNull();
  });
});
