import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { Reminder } from '@bep/contracts';
import {
  REMINDER_PAGE_SIZES,
  ReminderSettingsStore,
  RemindersStore,
  isFiltered,
  type ReminderFilters,
  type ReminderTab,
} from '@bep/web/reminders/data-access';
import { FailureTextPipe, apiFailure, failureText } from '@bep/web/shared/data-access';
import { BepDateTimePipe, BepNumberPipe, BepPluralPipe, formatDateTime } from '@bep/web/shared/i18n';
import { TranslatedPaginatorIntl, confirmAction } from '@bep/web/ui-material';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, map } from 'rxjs';
import { ReminderFiltersForm, type ChosenFilters } from '../filters/reminder-filters-form';
import { filtersFromQuery, queryFromFilters } from '../filters/reminder-query';
import { compactLayout } from '@bep/web/ui';
import { openReminderLog } from '../log/reminder-log-dialog';
import { ReminderOccurrencePipe } from '../reminder-words';

type Column = 'date' | 'rule' | 'commune' | 'occurrence' | 'recipients' | 'reason' | 'outcome' | 'actions';

const COLUMNS: Readonly<Record<ReminderTab, Column[]>> = {
  upcoming: ['date', 'rule', 'commune', 'occurrence', 'actions'],
  sent: ['date', 'rule', 'commune', 'occurrence', 'recipients', 'actions'],
  failed: ['date', 'rule', 'commune', 'occurrence', 'reason', 'actions'],
  skipped: ['date', 'rule', 'commune', 'occurrence', 'outcome', 'actions'],
};

/**
 * One list of the Rappels page (route data `tab`): upcoming, sent, failed, or skipped and
 * cancelled reminders, filtered through the URL, one page at a time, with the managers' actions:
 * cancel (confirmed) and send now for an upcoming one, send again for a failed one, and each
 * reminder's log.
 */
@Component({
  selector: 'bep-reminder-list-page',
  imports: [
    BepDateTimePipe,
    BepNumberPipe,
    BepPluralPipe,
    FailureTextPipe,
    MatButtonModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    NgTemplateOutlet,
    ReminderFiltersForm,
    ReminderOccurrencePipe,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  templateUrl: './reminder-list-page.html',
  styleUrls: ['../layout/reminder-tab.css', './reminder-list-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderListPage {
  protected readonly store = inject(RemindersStore);
  readonly #settings = inject(ReminderSettingsStore);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  readonly #dialog = inject(MatDialog);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);

  protected readonly tab: ReminderTab = this.#route.snapshot.data['tab'] ?? 'upcoming';
  protected readonly columns = COLUMNS[this.tab];
  protected readonly pageSizes = [...REMINDER_PAGE_SIZES];
  protected readonly filters = toSignal(this.#route.queryParamMap.pipe(map(filtersFromQuery)), { requireSync: true });
  protected readonly filtered = computed(() => isFiltered(this.filters()));
  protected readonly compact = compactLayout();
  /** The sentence of the last action that failed (role="alert"), until the next action. */
  protected readonly actionError = signal<string | null>(null);

  protected readonly trackById = (_index: number, reminder: Reminder) => reminder.id;

  constructor() {
    this.#settings.ensureLoaded();
    this.#route.queryParamMap.pipe(map(filtersFromQuery), takeUntilDestroyed()).subscribe((filters) => this.store.load(this.tab, filters));
  }

  /** The date a list shows: when it leaves (or was to leave), or when it left. */
  protected dateOf(reminder: Reminder): string {
    return this.tab === 'sent' ? (reminder.sentAt ?? reminder.sendAt) : reminder.sendAt;
  }

  protected maxCount(reminder: Reminder): number | null {
    return this.#settings.maxCount(reminder.rule);
  }

  protected applyFilters(filters: ChosenFilters): void {
    this.#navigate({ ...filters, pageIndex: 0, pageSize: this.filters().pageSize });
  }

  protected onPage(event: PageEvent): void {
    const pageIndex = event.pageSize === this.filters().pageSize ? event.pageIndex : 0;
    this.#navigate({ ...this.filters(), pageIndex, pageSize: event.pageSize });
  }

  protected reload(): void {
    this.store.reload();
  }

  protected openLog(reminder: Reminder): void {
    openReminderLog(this.#dialog, { reminderId: reminder.id, reminder });
  }

  /** Cancelling is final: it is confirmed first, the safe choice ("Garder le rappel") focused. */
  protected async cancel(reminder: Reminder): Promise<void> {
    this.actionError.set(null);
    const words = this.words(reminder);
    const confirmed = await firstValueFrom(
      confirmAction(this.#dialog, {
        title: this.#transloco.translate('reminders.actions.confirmCancel.title'),
        message: this.#transloco.translate('reminders.actions.confirmCancel.message', words),
        confirmLabel: this.#transloco.translate('reminders.actions.confirmCancel.confirm'),
        cancelLabel: this.#transloco.translate('reminders.actions.confirmCancel.keep'),
        destructive: true,
      }),
    );
    if (!confirmed) return;
    try {
      await this.store.cancel(reminder);
      this.#announce('reminders.actions.cancelled', words);
    } catch (error) {
      this.actionError.set(this.#failure('reminders.actions.cancelFailed', error));
    }
  }

  /** Sends an upcoming reminder now, or a failed one again. */
  protected async sendNow(reminder: Reminder): Promise<void> {
    this.actionError.set(null);
    try {
      await this.store.sendNow(reminder);
      this.#announce('reminders.actions.sentNow', this.words(reminder));
    } catch (error) {
      this.actionError.set(this.#failure('reminders.actions.sendFailed', error));
    }
  }

  /** The words of a reminder in a sentence: its rule, its commune (or the whole campaign) and its date. */
  protected words(reminder: Reminder): { rule: string; commune: string; date: string } {
    return {
      rule: this.#transloco.translate(`reminders.rule.${reminder.rule}`),
      commune: reminder.engagement?.communeName ?? this.#transloco.translate('reminders.wholeCampaign'),
      date: formatDateTime(this.dateOf(reminder)),
    };
  }

  /** What failed, then why: our sentence of the API's rule or status, and the server's own words. */
  #failure(key: string, error: unknown): string {
    const failure = apiFailure(error);
    const why = failureText(
      failure,
      {
        rules: 'reminders.actions.problem',
        statuses: { 403: 'reminders.actions.statuses.403', 404: 'reminders.actions.statuses.404' },
        fallback: '',
      },
      this.#transloco,
    );
    const parts = [this.#transloco.translate(key), why];
    if (failure.detail && why !== failure.detail) {
      parts.push(this.#transloco.translate('reminders.actions.serverSaid', { detail: failure.detail }));
    }
    return parts.filter(Boolean).join(' ');
  }

  /** A short message in the interface language, which screen readers announce (a polite live region). */
  #announce(key: string, params: Record<string, unknown>): void {
    this.#snackBar.open(this.#transloco.translate(key, params), undefined, { duration: 6000 });
  }

  #navigate(filters: ReminderFilters): void {
    void this.#router.navigate([], { relativeTo: this.#route, queryParams: queryFromFilters(filters) });
  }
}
