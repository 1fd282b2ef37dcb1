import { inject, Injectable } from '@angular/core';
import type { Reminder } from '@bep/contracts';
import { Loadable } from '@bep/web/shared/data-access';
import { map } from 'rxjs';
import type { ReminderSeriesLengths } from './reminder-words';
import { UpcomingRemindersApi } from './upcoming-reminders-api';

/** An engagement has a handful of reminders to come at most (a survey series, an activity's, an invoice's). */
const SCHEDULED_LIMIT = 50;

/** The engagement the reminders are about: its id, and its campaign (whose settings say how long a series is). */
export interface RemindedEngagement {
  readonly id: string;
  readonly campaignId: string;
}

/**
 * One engagement's reminders still to leave, soonest first, and the length of its campaign's
 * series, as the commune page shows them. Provided by the component that shows them.
 */
@Injectable()
export class EngagementReminders {
  readonly #api = inject(UpcomingRemindersApi);
  readonly scheduled = new Loadable<Reminder[]>();
  readonly seriesLengths = new Loadable<ReminderSeriesLengths>();
  #campaignId: string | null = null;

  /**
   * Follows the engagement: its scheduled reminders are asked for again at each call (the
   * engagement changed), its campaign's series once. `withScheduled` false: the user may not read
   * this engagement's reminders (a consultant of another team), nothing is asked of them.
   */
  follow(engagement: RemindedEngagement | null, withScheduled: boolean): void {
    if (!engagement) {
      this.#campaignId = null;
      this.scheduled.reset();
      this.seriesLengths.reset();
      return;
    }
    if (engagement.campaignId !== this.#campaignId) {
      this.#campaignId = engagement.campaignId;
      this.seriesLengths.load(this.#api.seriesLengths(engagement.campaignId));
    }
    if (withScheduled) {
      this.scheduled.load(this.#api.scheduled({ engagementId: engagement.id, limit: SCHEDULED_LIMIT }).pipe(map((page) => page.items)));
    } else {
      this.scheduled.reset();
    }
  }
}
