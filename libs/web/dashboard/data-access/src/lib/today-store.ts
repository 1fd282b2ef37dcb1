import { computed, inject, Injectable, signal } from '@angular/core';
import type { Activity, LateItem, PipelineStats, Reminder } from '@bep/contracts';
import { AGENDA_DAYS_AHEAD, agendaDayRange, agendaDays, agendaRows, brusselsDate, LATE_KINDS, type LateKind } from '@bep/domain';
import { ActivitiesApi } from '@bep/web/engagements/data-access';
import { UpcomingRemindersApi } from '@bep/web/notifications/data-access';
import { RemindersApi } from '@bep/web/reminders/data-access';
import { apiFailure, type ApiFailure, Loadable } from '@bep/web/shared/data-access';
import { catchError, finalize, map, type Observable, of, shareReplay, switchMap, tap } from 'rxjs';
import { StatsApi } from './stats-api';

/** Whose day it is: everybody's (a manager's dashboard) or one consultant's (their own activities and communes). */
export interface TodayScope {
  /** The consultant whose agenda and late items to show; null: every one. */
  readonly consultantId: string | null;
  /** Managers also see the reminders due and may send the questionnaires' reminders now. */
  readonly manager: boolean;
}

/** The late items of one kind, in the order a person should see to them (LATE_KINDS). */
export interface LateGroup {
  readonly kind: LateKind;
  /** All of that kind, even past the 100 items the API lists. */
  readonly count: number;
  readonly items: LateItem[];
}

/** The agenda with the Brussels day it starts on (the server's today). */
interface Agenda {
  today: string;
  activities: Activity[];
}

/** What sending the questionnaires' reminders now came to, for the page to say. */
export interface SendOutcome {
  /** Reminders that left (queued at this instant). */
  sent: number;
  /** Late engagements with no scheduled or failed questionnaire reminder left (the series is over). */
  without: number;
  /** Why nothing was sent, when the API refused or could not be reached. */
  failure: ApiFailure | null;
}

/** A week of a manager's activities: a few a day across the province; the API's ceiling. */
const AGENDA_LIMIT = 500;
/** How many of the reminders due the panel names; the rest is on Rappels. */
const REMINDERS_SHOWN = 5;

/**
 * "Aujourd'hui / cette semaine": the activities scheduled from today to a week ahead (GET
 * /api/activities, pending ones), what is late grouped by kind with what needs a person first
 * (GET /api/stats), and for managers the reminders due this week (GET /api/reminders). Today is the
 * server's (the figures' `asOf`), in Brussels. Provided by the panel that shows it.
 */
@Injectable()
export class TodayStore {
  readonly #stats = inject(StatsApi);
  readonly #activities = inject(ActivitiesApi);
  readonly #upcoming = inject(UpcomingRemindersApi);
  readonly #reminders = inject(RemindersApi);
  readonly #scope = signal<TodayScope>({ consultantId: null, manager: false });
  /** The campaign of the late items shown (the current one when they were read), whose reminders the managers' action sends. */
  #campaignId: string | undefined;

  readonly late = new Loadable<PipelineStats['late']>();
  readonly agenda = new Loadable<Agenda>();
  readonly remindersDue = new Loadable<{ total: number; first: Reminder[] }>();
  /** Whether the questionnaires' reminders are being sent now. */
  readonly sending = signal(false);

  readonly loading = computed(() => this.late.loading() || this.agenda.loading() || this.remindersDue.loading());

  /** Every day from today to a week ahead, each with its activities in time order (empty days included). */
  readonly days = computed(() => {
    const agenda = this.agenda.value();
    return agenda ? agendaDays(agenda.activities, agenda.today) : [];
  });

  /** The days as shown: today, the days with something planned, the empty ones between folded. */
  readonly rows = computed(() => agendaRows(this.days()));

  /** The late groups that hold something, what needs a person first. */
  readonly lateGroups = computed<LateGroup[]>(() => {
    const late = this.late.value();
    if (!late) return [];
    return LATE_KINDS.map((kind) => ({ kind, count: late.counts[kind], items: late.items.filter((item) => item.kind === kind) })).filter((group) => group.count > 0);
  });

  /** Loads the three parts for `scope`; each fails on its own (the page says which). */
  load(scope: TodayScope): void {
    this.#scope.set(scope);
    const consultantId = scope.consultantId ?? undefined;
    // One request for the figures, shared: the late items, and today (the server's, when they were computed).
    const stats = this.#stats.get({ consultantId }).pipe(shareReplay({ bufferSize: 1, refCount: false }));
    const week = stats.pipe(map((figures) => agendaDayRange(brusselsDate(new Date(figures.asOf)), AGENDA_DAYS_AHEAD)));
    this.late.load(
      stats.pipe(
        tap((figures) => (this.#campaignId = figures.campaign?.id)),
        map((figures) => figures.late),
      ),
    );
    this.agenda.load(
      week.pipe(
        switchMap((days) =>
          this.#activities
            .list({ from: days[0], to: days[days.length - 1], pending: true, consultantId, limit: AGENDA_LIMIT })
            .pipe(map((page) => ({ today: days[0], activities: page.items }))),
        ),
      ),
    );
    if (scope.manager) {
      this.remindersDue.load(
        week.pipe(
          switchMap((days) => this.#upcoming.scheduled({ from: days[0], to: days[days.length - 1], limit: REMINDERS_SHOWN })),
          map((page) => ({ total: page.total, first: page.items })),
        ),
      );
    } else {
      this.remindersDue.reset();
    }
  }

  /** Loads the three parts again for the same scope: after a change elsewhere on the page (a move, an activity logged). */
  reload(): void {
    this.load(this.#scope());
  }

  /**
   * Sends now the next questionnaire reminder (scheduled, or failed and to try again) of every
   * engagement late for its questionnaire in the campaign shown, in one request: the API finds
   * them as it counts the late items, checks the manager's right and audits each. Then the
   * reminders due and the late items are read again.
   */
  sendSurveyReminders(): Observable<SendOutcome> {
    this.sending.set(true);
    return this.#reminders.sendNowLateSurveys(this.#campaignId).pipe(
      map(({ sent, without }): SendOutcome => ({ sent, without, failure: null })),
      catchError((error: unknown) => of({ sent: 0, without: 0, failure: apiFailure(error) })),
      tap(() => this.reload()),
      finalize(() => this.sending.set(false)),
    );
  }
}
