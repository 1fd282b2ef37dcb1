import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Campaign, ReminderPage, ReminderQuery } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import { map, type Observable } from 'rxjs';
import type { ReminderSeriesLengths } from './reminder-words';

/** A filter of the scheduled reminders (the status is the client's: `scheduled`). */
export type UpcomingReminderQuery = Partial<Omit<ReminderQuery, 'status'>>;

/**
 * What pages other than Rappels read of the reminders: those still to leave, and how long a
 * campaign's series are (for "Rappel questionnaire (2 sur 3)"). The API scopes the reminders to the
 * user: a consultant gets those of their engagements' only, whatever the query.
 */
@Injectable({ providedIn: 'root' })
export class UpcomingRemindersApi {
  readonly #http = inject(HttpClient);

  /** GET /api/reminders?status=scheduled: soonest first (the API's order for upcoming ones). */
  scheduled(query: UpcomingReminderQuery = {}): Observable<ReminderPage> {
    return this.#http.get<ReminderPage>('/api/reminders', { params: httpParams({ ...query, status: 'scheduled' }) });
  }

  /**
   * How many reminders each series of a campaign holds at most (its reminder settings), from
   * GET /api/campaigns/{id}, or /api/campaigns/current without an id.
   */
  seriesLengths(campaignId?: string): Observable<ReminderSeriesLengths> {
    const path = campaignId ? `/api/campaigns/${encodeURIComponent(campaignId)}` : '/api/campaigns/current';
    return this.#http.get<Campaign>(path).pipe(
      map(({ reminderSettings }) => ({
        surveyUnanswered: reminderSettings.surveyUnanswered.maxCount,
        invoiceOverdue: reminderSettings.invoiceOverdue.maxCount,
      })),
    );
  }
}
