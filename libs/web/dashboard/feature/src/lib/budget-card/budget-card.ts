import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CampaignBudget } from '@bep/contracts';
import { BepMoneyPipe, BepPercentPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { budgetOption, budgetShares } from '../charts/budget-option';
import type { ChartLabels } from '../charts/chart-labels';
import { campaignInvoicesLink } from '../key-figures/figure-links';

/**
 * A campaign's budget: a gauge of BEP's committed, invoiced and paid shares of its envelope, and
 * beside it the amounts in words with a colour key (the gauge's legend and its text alternative: a
 * canvas says nothing to a screen reader). For finance and managers, the communes' side below,
 * whose amounts link to the campaign's invoices on Factures (their totals are these amounts). BEP's
 * shares link nowhere: they are a share of each diagnostic's price, which no list adds up.
 */
@Component({
  selector: 'bep-budget-card',
  imports: [BepMoneyPipe, BepPercentPipe, NgxEchartsDirective, RouterLink, TranslocoPipe],
  templateUrl: './budget-card.html',
  styleUrl: './budget-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetCard {
  readonly budget = input.required<CampaignBudget>();
  /** The campaign the budget is of, whose invoices the communes' amounts link to. */
  readonly campaignId = input.required<string>();
  readonly labels = input.required<ChartLabels>();
  /** The campaign the budget is of, named under the heading. */
  readonly campaignName = input.required<string>();
  /** What the communes were billed and paid: for the readers of invoices. */
  readonly showCommunes = input(false);

  protected readonly invoices = computed(() => campaignInvoicesLink(this.campaignId()));
  protected readonly shares = computed(() => budgetShares(this.budget()));
  protected readonly option = computed(() => budgetOption(this.budget(), this.labels()));
}
