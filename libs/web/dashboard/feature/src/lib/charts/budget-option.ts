import type { CampaignBudget } from '@bep/contracts';
import { formatPercent } from '@bep/web/shared/i18n';
import type { ChartLabels } from './chart-labels';
import type { DashboardChartOption } from './chart-option';

/** Within the envelope in the theme's blue; past it in red. Both have at least 4.5:1 on white. */
export const BUDGET_COLOURS = { withinEnvelope: '#005cbb', exceeded: '#c62828' } as const;

/** The committed share of the envelope (0.625 for 12 500 € of 20 000 €); null without an envelope. */
export function committedShare(budget: CampaignBudget): number | null {
  return budget.envelopeCents > 0 ? budget.committedCents / budget.envelopeCents : null;
}

/**
 * The budget gauge: BEP's committed share against its envelope, in percent. The dial runs to
 * 100 %, or further when the envelope is exceeded (to the next ten), and turns red then.
 */
export function budgetOption(budget: CampaignBudget, labels: ChartLabels): DashboardChartOption | null {
  const share = committedShare(budget);
  if (share === null) return null;
  const percent = Math.round(share * 1000) / 10;
  const exceeded = share > 1;
  const colour = exceeded ? BUDGET_COLOURS.exceeded : BUDGET_COLOURS.withinEnvelope;
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: exceeded ? Math.ceil(percent / 10) * 10 : 100,
        startAngle: 200,
        endAngle: -20,
        radius: '95%',
        center: ['50%', '60%'],
        silent: true,
        progress: { show: true, width: 14, itemStyle: { color: colour } },
        axisLine: { lineStyle: { width: 14, color: [[1, '#e1e2ec']] } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        anchor: { show: false },
        title: { offsetCenter: [0, '30%'], color: '#44474e', fontSize: 14 },
        detail: { offsetCenter: [0, '-5%'], valueAnimation: false, color: '#1b1b1f', fontSize: 26, formatter: (value: number) => formatPercent(value / 100) },
        data: [{ value: percent, name: labels.committed }],
      },
    ],
  };
}
