import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@bep/web/auth/data-access';
import { CommunePageStore } from '@bep/web/communes/data-access';
import { EngagementReminders, ReminderNamePipe } from '@bep/web/notifications/data-access';
import { BepDatePipe, BepDateTimePipe, BepDayMonthPipe, BepMoneyPipe, BepTimePipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { LoadStatus } from '../shared/load-status';
import { timelineItems, type TimelineItem } from './timeline-items';

/** Material Design icons (Apache 2.0), one per kind of entry; the kind is also written out. */
const ICONS: Record<TimelineItem['kind'], string> = {
  'stage-change': 'M14.4 6 14 4H5v17h2v-7h5.6l.4 2h7V6z',
  assignment:
    'M16 11c1.66 0 2.99-1.34 2.99-3S17.66 5 16 5s-3 1.34-3 3 1.34 3 3 3zm-8 0c1.66 0 2.99-1.34 2.99-3S9.66 5 8 5 5 6.34 5 8s1.34 3 3 3zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5c0-2.33-4.67-3.5-7-3.5zm8 0c-.29 0-.62.02-.97.05 1.16.84 1.97 1.97 1.97 3.45V19h6v-2.5c0-2.33-4.67-3.5-7-3.5z',
  activity:
    'M17 12h-5v5h5v-5zM16 1v2H8V1H6v2H5c-1.11 0-1.99.9-1.99 2L3 19c0 1.1.89 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2h-1V1h-2zm3 18H5V8h14v11z',
  reminder:
    'M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z',
  invoice:
    'M18 17H6v-2h12v2zm0-4H6v-2h12v2zm0-4H6V7h12v2zM3 22l1.5-1.5L6 22l1.5-1.5L9 22l1.5-1.5L12 22l1.5-1.5L15 22l1.5-1.5L18 22l1.5-1.5L21 22V2l-1.5 1.5L18 2l-1.5 1.5L15 2l-1.5 1.5L12 2l-1.5 1.5L9 2 7.5 3.5 6 2 4.5 3.5 3 2v20z',
  other: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
};

/**
 * What happened to the engagement: stage changes, team changes, activities, reminders and, for
 * finance and managers, its invoices (each linked to its page), newest first; above them, the reminders still to leave, for those who may read them (managers,
 * administrators, finance, the consultants of the team: the API's scope).
 */
@Component({
  selector: 'bep-timeline-section',
  imports: [BepDatePipe, BepDateTimePipe, BepDayMonthPipe, BepMoneyPipe, BepTimePipe, LoadStatus, ReminderNamePipe, RouterLink, TranslocoPipe],
  providers: [EngagementReminders],
  templateUrl: './timeline-section.html',
  styleUrls: ['../shared/section.css', './timeline-section.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimelineSection {
  protected readonly store = inject(CommunePageStore);
  protected readonly reminders = inject(EngagementReminders);
  readonly #auth = inject(AuthStore);
  protected readonly icons = ICONS;
  protected readonly items = computed(() => timelineItems(this.store.engagement.value()?.timeline ?? []));
  /** How long the campaign's series are, for "Rappel questionnaire (2 sur 3)"; null until known. */
  protected readonly series = computed(() => this.reminders.seriesLengths.value());

  /** Whether the user may open an invoice's page (the Factures pages are finance's and managers'). */
  protected readonly mayOpenInvoices = computed(() => this.#auth.roles().some((role) => role === 'finance' || role === 'manager'));

  /** Whether the API lets the user read this engagement's reminders (else nothing is asked). */
  readonly #mayReadReminders = computed(() => {
    const roles = this.#auth.roles();
    if (roles.includes('manager') || roles.includes('admin') || roles.includes('finance')) return true;
    const consultantId = this.#auth.user()?.consultantId;
    return Boolean(consultantId && this.store.engagement.value()?.consultants.some((consultant) => consultant.id === consultantId));
  });

  constructor() {
    // Read again with each engagement the page loads (after a move or an activity, say).
    effect(() => {
      const engagement = this.store.engagement.value();
      const mayRead = this.#mayReadReminders();
      untracked(() => this.reminders.follow(engagement && { id: engagement.id, campaignId: engagement.campaignId }, mayRead));
    });
  }

  protected reloadReminders(): void {
    const engagement = this.store.engagement.value();
    this.reminders.follow(engagement && { id: engagement.id, campaignId: engagement.campaignId }, this.#mayReadReminders());
  }
}
