import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { brusselsDate } from '@bep/domain';
import { type SendOutcome, TodayStore } from '@bep/web/dashboard/data-access';
import { BepNumberPipe, BepTimePipe, BepWeekdayDatePipe, provideFeatureTranslations } from '@bep/web/shared/i18n';
import { ReminderNamePipe } from '@bep/web/notifications/data-access';
import { failureText, FailureTextPipe } from '@bep/web/shared/data-access';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AgendaDays } from './agenda-days';
import { LateGroups } from './late-groups';
import { revealSection } from '../reveal-section';

/** What the snackbar says after the questionnaires' reminders were sent: the sentences that apply (a failure's reason follows them). */
export function sendOutcomeSentences(outcome: SendOutcome): { key: string; params: Record<string, number> }[] {
  if (outcome.failure) return [{ key: 'today.late.sent.failed', params: {} }];
  if (outcome.sent === 0) return [{ key: 'today.late.sent.nothing', params: {} }];
  return [
    { key: 'today.late.sent.done', params: { sent: outcome.sent } },
    ...(outcome.without ? [{ key: 'today.late.sent.without', params: { count: outcome.without } }] : []),
  ];
}

/**
 * "Aujourd'hui / cette semaine": what to do today, at the top of the dashboard (everybody's) and of
 * Mes communes (the consultant's own): the agenda of the coming days, what is late by kind with its
 * action, and for managers the reminders due. Brings its own words (scope `today`), so that any
 * page may show it.
 */
@Component({
  selector: 'bep-today-panel',
  imports: [AgendaDays, BepNumberPipe, BepTimePipe, BepWeekdayDatePipe, FailureTextPipe, LateGroups, MatButtonModule, ReminderNamePipe, RouterLink, TranslocoPipe],
  providers: [
    TodayStore,
    provideFeatureTranslations('today', {
      fr: () => import('./i18n/fr').then((m) => m.fr),
      en: () => import('./i18n/en').then((m) => m.en),
    }),
  ],
  templateUrl: './today-panel.html',
  styleUrl: './today-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TodayPanel {
  /** Same-page links to the late items: see revealSection. */
  protected readonly reveal = revealSection;

  /** The consultant whose day it is (Mes communes); null: everybody's (the dashboard). */
  readonly consultantId = input<string | null>(null);
  /** Managers see the reminders due and may send the questionnaires' reminders now. */
  readonly manager = input(false);
  /** Where the full late list is on the page, if it has one (the dashboard's "Retards"). */
  readonly lateListFragment = input<string | null>(null);
  /**
   * On a narrow width, the panel above other work (Mes communes' cards) keeps to a few lines: the
   * agenda's empty days hidden but today's, what is late a one-line summary opened on request.
   */
  readonly compact = input(false);

  /** Whether the compact panel shows its late items (the summary's toggle). */
  protected readonly lateOpen = signal(false);
  /** How many items are late, all kinds together, for the compact summary. */
  protected readonly lateTotal = computed(() => this.store.lateGroups().reduce((sum, group) => sum + group.count, 0));

  protected readonly store = inject(TodayStore);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);

  /** The last day of the agenda, for its introduction. */
  protected readonly until = computed(() => this.store.days().at(-1)?.day ?? null);

  /** The Brussels day of an instant, to name with its weekday. */
  protected dayOf(instant: string): string {
    return brusselsDate(new Date(instant));
  }

  constructor() {
    effect(() => {
      const scope = { consultantId: this.consultantId(), manager: this.manager() };
      untracked(() => this.store.load(scope));
    });
  }

  /** Reads the agenda, the late items and the reminders due again: the page changed something they show. */
  reload(): void {
    this.store.reload();
  }

  protected sendReminders(): void {
    this.store.sendSurveyReminders().subscribe((outcome) => {
      const sentences = sendOutcomeSentences(outcome).map(({ key, params }) => this.#transloco.translate(key, params));
      // Why nothing was sent, in the server's words (a closed campaign, a lost connection).
      const text = [...sentences, outcome.failure ? failureText(outcome.failure, {}, this.#transloco) : ''].join(' ').trim();
      this.#snackBar.open(text, undefined, { duration: 8000 });
    });
  }
}
