import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CampaignBudget } from '@bep/contracts';
import { BepMoneyPipe, BepPercentPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { budgetOption, committedShare } from '../charts/budget-option';
import type { ChartLabels } from '../charts/chart-labels';

/**
 * BEP's budget: a gauge of the committed share of the envelope, and the amounts in words beside
 * it (the gauge's text alternative: a canvas says nothing to a screen reader).
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

  protected readonly share = computed(() => committedShare(this.budget()));
  protected readonly option = computed(() => budgetOption(this.budget(), this.labels()));
}
