import type { CampaignBudget } from '@bep/contracts';
import { formatPercent } from '@bep/web/shared/i18n';
import type { ChartLabels } from './chart-labels';
import type { DashboardChartOption } from './chart-option';

/** The parts of BEP's budget the gauge draws, each a part of the one before. */
export const BUDGET_SHARES = ['committed', 'invoiced', 'paid'] as const;
export type BudgetShareName = (typeof BUDGET_SHARES)[number];

/**
 * Committed in the theme's blue, invoiced in purple, paid in green; committed past the envelope in
 * red. Each has at least 4.5:1 on white, and the legend beside the gauge names them in words.
 */
export const BUDGET_COLOURS = { committed: '#005cbb', invoiced: '#6a1b9a', paid: '#1b5e20', exceeded: '#c62828' } as const;

/** One part of the budget: its amount, its share of the envelope (0.625 for 12 500 € of 20 000 €) and its colour. */
export interface BudgetShare {
  name: BudgetShareName;
  cents: number;
  ratio: number;
  colour: string;
}

/**
 * Committed, invoiced and paid against the envelope; null without an envelope (no share to draw).
 * The API leaves invoiced and paid out (null) for a user who does not read invoices: committed alone then.
 */
export function budgetShares(budget: CampaignBudget): BudgetShare[] | null {
  if (budget.envelopeCents <= 0) return null;
  const cents: Record<BudgetShareName, number | null> = { committed: budget.committedCents, invoiced: budget.invoicedCents, paid: budget.paidCents };
  return BUDGET_SHARES.flatMap((name) => {
    const amount = cents[name];
    if (amount === null) return [];
    const ratio = amount / budget.envelopeCents;
    const colour = name === 'committed' && ratio > 1 ? BUDGET_COLOURS.exceeded : BUDGET_COLOURS[name];
    return [{ name, cents: amount, ratio, colour }];
  });
}

/**
 * The budget gauge: BEP's committed, invoiced and paid shares of its envelope on one dial, in
 * percent, each drawn over the larger ones; the committed share is written in the middle. The dial
 * runs to 100 %, or further when a share exceeds the envelope (to the next ten).
 */
export function budgetOption(budget: CampaignBudget, labels: ChartLabels): DashboardChartOption | null {
  const shares = budgetShares(budget);
  if (!shares) return null;
  const percent = (ratio: number) => Math.round(ratio * 1000) / 10;
  const largest = Math.max(...shares.map((share) => percent(share.ratio)));
  // Largest first: the dial draws the data in order, each over the ones before.
  const drawn = [...shares].sort((a, b) => b.ratio - a.ratio);
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: largest > 100 ? Math.ceil(largest / 10) * 10 : 100,
        startAngle: 200,
        endAngle: -20,
        radius: '95%',
        center: ['50%', '60%'],
        silent: true,
        progress: { show: true, overlap: true, width: 14 },
        axisLine: { lineStyle: { width: 14, color: [[1, '#e1e2ec']] } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        anchor: { show: false },
        title: { offsetCenter: [0, '30%'], color: '#44474e', fontSize: 14 },
        detail: { offsetCenter: [0, '-5%'], valueAnimation: false, color: '#1b1b1f', fontSize: 26, formatter: (value: number) => formatPercent(value / 100) },
        data: drawn.map((share) => ({
          value: percent(share.ratio),
          name: labels[share.name],
          itemStyle: { color: share.colour },
          ...(share.name === 'committed' ? {} : { title: { show: false }, detail: { show: false } }),
        })),
      },
    ],
  };
}
