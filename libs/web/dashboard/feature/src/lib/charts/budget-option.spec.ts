import type { GaugeSeriesOption } from 'echarts/charts';
import type { CampaignBudget } from '@bep/contracts';
import { type ChartLabels } from './chart-labels';
import { frenchChartLabels } from './chart-labels.testing';
import { BUDGET_COLOURS, budgetOption, budgetShares } from './budget-option';

function budget(envelopeCents: number, committedCents: number, invoicedCents = 0, paidCents = 0): CampaignBudget {
  return {
    envelopeCents,
    committedCents,
    invoicedCents,
    paidCents,
    remainingCents: envelopeCents - committedCents,
    billedToCommunesCents: 0,
    collectedCents: 0,
    currency: 'EUR',
  };
}

describe('the budget gauge', () => {
  let labels: ChartLabels;

  beforeEach(() => (labels = frenchChartLabels()));

  const gauge = (option: ReturnType<typeof budgetOption>) => (option?.series as GaugeSeriesOption[])[0];
  const drawn = (series: GaugeSeriesOption) => (series.data as { value: number; name: string; itemStyle: { color: string } }[]).map((item) => [item.name, item.value, item.itemStyle.color]);

  it("shows BEP's committed, invoiced and paid shares of its envelope in percent, on one dial, captioned in the interface language", () => {
    const series = gauge(budgetOption(budget(2_000_000, 1_250_000, 500_000, 250_000), labels));

    expect(budgetShares(budget(2_000_000, 1_250_000, 500_000, 250_000))?.map((share) => [share.name, share.cents, share.ratio])).toEqual([
      ['committed', 1_250_000, 0.625],
      ['invoiced', 500_000, 0.25],
      ['paid', 250_000, 0.125],
    ]);
    expect(series.type).toBe('gauge');
    expect(series.max).toBe(100);
    expect(series.progress).toMatchObject({ show: true, overlap: true });
    expect(drawn(series)).toEqual([
      ['Engagé', 62.5, BUDGET_COLOURS.committed],
      ['Facturé', 25, BUDGET_COLOURS.invoiced],
      ['Payé', 12.5, BUDGET_COLOURS.paid],
    ]);
    // Only the committed share is written in the middle.
    const data = series.data as { title?: { show: boolean }; detail?: { show: boolean } }[];
    expect(data.map((item) => [item.title?.show ?? true, item.detail?.show ?? true])).toEqual([[true, true], [false, false], [false, false]]);
    const formatter = series.detail?.formatter as (value: number) => string;
    expect(formatter(62.5).replace(/\s/g, ' ')).toBe('62,5 %');
  });

  it('runs past 100 % with the committed share in red when the envelope is exceeded', () => {
    const series = gauge(budgetOption(budget(1_000_000, 1_250_000, 250_000), labels));

    expect(series.max).toBe(130);
    expect(drawn(series)[0]).toEqual(['Engagé', 125, BUDGET_COLOURS.exceeded]);
  });

  it('draws the largest share first, so that none hides a larger one', () => {
    // Invoiced beyond committed: an engagement billed, then closed.
    const series = gauge(budgetOption(budget(2_000_000, 250_000, 500_000), labels));
    expect(drawn(series).map(([name]) => name)).toEqual(['Facturé', 'Engagé', 'Payé']);
  });

  it('draws the committed share alone for a user who reads no invoices (the API gives them no invoiced or paid share)', () => {
    const series = gauge(budgetOption({ ...budget(2_000_000, 1_250_000), invoicedCents: null, paidCents: null }, labels));

    expect(drawn(series)).toEqual([['Engagé', 62.5, BUDGET_COLOURS.committed]]);
  });

  it('draws no gauge without an envelope', () => {
    expect(budgetOption(budget(0, 0), labels)).toBeNull();
    expect(budgetShares(budget(0, 500_000))).toBeNull();
  });
});
