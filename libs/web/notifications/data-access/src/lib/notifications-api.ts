import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MarkNotificationsReadRequest, NotificationPage, NotificationQuery } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

/** The signed-in user's notifications (the reminders that concern them), typed by `@bep/contracts`. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  readonly #http = inject(HttpClient);

  /** GET /api/notifications: mine, newest first, with how many of mine are unread in all. */
  list(query: Partial<NotificationQuery> = {}): Observable<NotificationPage> {
    return this.#http.get<NotificationPage>('/api/notifications', { params: httpParams(query) });
  }

  /** POST /api/notifications/read (204): these of mine, or all of mine when `ids` is left out. */
  markRead(request: MarkNotificationsReadRequest = {}): Observable<void> {
    return this.#http.post<void>('/api/notifications/read', request);
  }
}
