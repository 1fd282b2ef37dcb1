import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CommuneList,
  CommuneQuery,
  LateSurveyRemindersSent,
  MailMessagePage,
  MailMessageQuery,
  Reminder,
  ReminderDetail,
  ReminderPage,
  ReminderQuery,
  SendLateSurveyRemindersRequest,
} from '@bep/contracts';
import type { ReminderStatus } from '@bep/domain';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

/**
 * What the client asks GET /api/reminders for: the contract's query, with the statuses as a list
 * (the API reads them from one parameter, separated by commas).
 */
export type ReminderListQuery = Partial<Omit<ReminderQuery, 'status'>> & { status?: readonly ReminderStatus[] };

function reminderPath(id: string): string {
  return `/api/reminders/${encodeURIComponent(id)}`;
}

/** The reminders' routes of the API (managers), typed by `@bep/contracts`. */
@Injectable({ providedIn: 'root' })
export class RemindersApi {
  readonly #http = inject(HttpClient);

  /** GET /api/reminders: one page, upcoming ones first (the soonest first), then the others (the most recent first). */
  list({ status, ...query }: ReminderListQuery = {}): Observable<ReminderPage> {
    return this.#http.get<ReminderPage>('/api/reminders', { params: httpParams({ ...query, status: status?.join(',') }) });
  }

  /** GET /api/reminders/{id}: the reminder and its log, oldest line first. */
  get(id: string): Observable<ReminderDetail> {
    return this.#http.get<ReminderDetail>(reminderPath(id));
  }

  /** POST /api/reminders/{id}/cancel: a scheduled reminder is cancelled for good (422 in any other status). */
  cancel(id: string): Observable<Reminder> {
    return this.#http.post<Reminder>(`${reminderPath(id)}/cancel`, null);
  }

  /** POST /api/reminders/{id}/send-now: a scheduled or failed reminder leaves now, whatever the sending window (422 otherwise). */
  sendNow(id: string): Observable<Reminder> {
    return this.#http.post<Reminder>(`${reminderPath(id)}/send-now`, null);
  }

  /**
   * POST /api/reminders/late-surveys/send-now: the next questionnaire reminder of every commune late
   * for its questionnaire leaves now, in the campaign named (the current one otherwise); says how
   * many left and how many late communes had none left.
   */
  sendNowLateSurveys(campaignId?: string): Observable<LateSurveyRemindersSent> {
    const body: SendLateSurveyRemindersRequest = campaignId ? { campaignId } : {};
    return this.#http.post<LateSurveyRemindersSent>('/api/reminders/late-surveys/send-now', body);
  }

  /** GET /api/mail-messages: the "Boîte d'envoi", newest first. */
  messages(query: Partial<MailMessageQuery> = {}): Observable<MailMessagePage> {
    return this.#http.get<MailMessagePage>('/api/mail-messages', { params: httpParams(query) });
  }

  /** GET /api/communes of the programme (the eligible ones, by name) matching a text, for the commune filter. */
  communes(query: { q: string; limit: number }): Observable<CommuneList> {
    return this.#http.get<CommuneList>('/api/communes', { params: httpParams<Partial<CommuneQuery>>({ eligible: true, ...query }) });
  }
}
