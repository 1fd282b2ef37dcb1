import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { readsInvoices } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { injectSelectedCampaignId } from '@bep/web/campaigns/data-access';
import { CampaignSwitcher } from '@bep/web/campaigns/feature';
import { DashboardStore } from '@bep/web/dashboard/data-access';
import { problemMessage } from '@bep/web/shared/data-access';
import { BepDateTimePipe } from '@bep/web/shared/i18n';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';
import { BudgetCard } from '../budget-card/budget-card';
import { chartLabels } from '../charts/chart-labels';
import { DeadlineCard } from '../deadline-card/deadline-card';
import { KeyFigures } from '../key-figures/key-figures';
import { LateItems } from '../late-items/late-items';
import { MaturityCard } from '../maturity-card/maturity-card';
import { ProvinceMap } from '../province-map/province-map';
import { StageProgress } from '../stage-progress/stage-progress';
import { TodayPanel } from '../today/today-panel';

/**
 * The Tableau de bord: first what to do today (the agenda, what is late, the reminders due), then
 * where the current campaign stands — key figures, the deadline, BEP's
 * budget, progress by stage, the map of the province and what is late — for every role, filtered
 * by arrondissement and, for managers, by consultant.
 */
@Component({
  selector: 'bep-dashboard-page',
  imports: [
    BepDateTimePipe,
    BudgetCard,
    CampaignSwitcher,
    DeadlineCard,
    KeyFigures,
    LateItems,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MaturityCard,
    ProvinceMap,
    StageProgress,
    TodayPanel,
    TranslocoPipe,
  ],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.css',
  host: { class: 'bep-card-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  readonly #transloco = inject(TranslocoService);
  readonly #auth = inject(AuthStore);
  protected readonly store = inject(DashboardStore);

  /** Only managers may list the consultants (and so filter by one). */
  protected readonly isManager = computed(() => this.#auth.roles().includes('manager'));

  /** Managers and consultants read the questionnaires' scores (finance reads no answer): the maturity card. */
  protected readonly readsMaturity = computed(() => this.#auth.roles().some((role) => role === 'manager' || role === 'consultant'));

  /** The campaign shown (the switcher's ?campagne=), else null: the current one. */
  protected readonly campaignId = injectSelectedCampaignId();

  /** Finance and managers read invoices: the budget card adds what the communes were billed and paid. */
  protected readonly readsInvoices = computed(() => readsInvoices(this.#auth.roles()));

  /** Counts every language switch and every translation file that arrives: the charts then redraw their words. */
  readonly #translations = toSignal(this.#transloco.events$.pipe(map((_event, index) => index)), { initialValue: -1 });

  /** The words inside the charts, in the interface language. */
  protected readonly labels = computed(() => {
    this.#translations();
    return chartLabels((key, params) => this.#transloco.translate(key, params));
  });

  /** The server's explanation of a failure (RFC 9457) or what went wrong, after the page's own message. */
  protected readonly errorDetail = computed(() => {
    this.#translations();
    const error = this.store.error();
    return error ? problemMessage(error, '', this.#transloco).trim() : '';
  });

  constructor() {
    // The campaign of the URL (the switcher's ?campagne=), else the current one: loads, then reloads on each choice.
    effect(() => {
      const id = this.campaignId();
      untracked(() => this.store.setFilters({ campaignId: id }));
    });
    if (this.isManager()) this.store.loadConsultants();
  }
}
