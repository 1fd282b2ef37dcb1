import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Activity, ActivityPage, ActivityQuery, CreateActivityRequest, UpdateActivityRequest } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

const activityPath = (id: string) => `/api/activities/${encodeURIComponent(id)}`;

/** The activities' routes of the API (calls, meetings, diagnostics... of an engagement), typed by `@bep/contracts`. */
@Injectable({ providedIn: 'root' })
export class ActivitiesApi {
  readonly #http = inject(HttpClient);

  /** GET /api/activities: the current campaign's activities unless the query names one. */
  list(query: Partial<ActivityQuery> = {}): Observable<ActivityPage> {
    return this.#http.get<ActivityPage>('/api/activities', { params: httpParams(query) });
  }

  /** POST /api/engagements/{id}/activities; `scheduledAt` may be a Brussels wall-clock time (`2019-06-12T14:00`). */
  create(engagementId: string, request: CreateActivityRequest): Observable<Activity> {
    return this.#http.post<Activity>(`/api/engagements/${encodeURIComponent(engagementId)}/activities`, request);
  }

  update(id: string, request: UpdateActivityRequest): Observable<Activity> {
    return this.#http.patch<Activity>(activityPath(id), request);
  }

  remove(id: string): Observable<void> {
    return this.#http.delete<void>(activityPath(id));
  }
}
