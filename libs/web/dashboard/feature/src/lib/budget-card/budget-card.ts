import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CampaignBudget } from '@bep/contracts';
import { BepMoneyPipe, BepPercentPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { budgetOption, budgetShares } from '../charts/budget-option';
import type { ChartLabels } from '../charts/chart-labels';

/**
 * A campaign's budget: a gauge of BEP's committed, invoiced and paid shares of its envelope, and
 * beside it the amounts in words with a colour key (the gauge's legend and its text alternative: a
 * canvas says nothing to a screen reader). For finance and managers, the communes' side below.
 * The amounts link to no invoice list: /factures filters by no campaign, so its lists would not add
 * up to the campaign's amounts.
 */
@Component({
  selector: 'bep-budget-card',
  imports: [BepMoneyPipe, BepPercentPipe, NgxEchartsDirective, TranslocoPipe],
  templateUrl: './budget-card.html',
  styleUrl: './budget-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetCard {
  readonly budget = input.required<CampaignBudget>();
  readonly labels = input.required<ChartLabels>();
  /** The campaign the budget is of, named under the heading. */
  readonly campaignName = input.required<string>();
  /** What the communes were billed and paid: for the readers of invoices. */
  readonly showCommunes = input(false);

  protected readonly shares = computed(() => budgetShares(this.budget()));
  protected readonly option = computed(() => budgetOption(this.budget(), this.labels()));
}
