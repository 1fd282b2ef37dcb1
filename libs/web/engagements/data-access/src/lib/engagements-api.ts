import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AssignmentsRequest, EngagementDetail, EngagementPage, EngagementQuery, TransitionRequest, TransitionResult } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

const engagementPath = (id: string) => `/api/engagements/${encodeURIComponent(id)}`;

/**
 * The engagements' routes of the API, typed by `@bep/contracts`: the list, one engagement with its
 * team and timeline, its stage moves and its team. Errors come back as RFC 9457 problems (apiFailure).
 */
@Injectable({ providedIn: 'root' })
export class EngagementsApi {
  readonly #http = inject(HttpClient);

  /** GET /api/engagements: the current campaign's engagements unless the query names one. */
  list(query: Partial<EngagementQuery> = {}): Observable<EngagementPage> {
    return this.#http.get<EngagementPage>('/api/engagements', { params: httpParams(query) });
  }

  /** GET /api/engagements/{id}: with its team and its timeline. */
  detail(id: string): Observable<EngagementDetail> {
    return this.#http.get<EngagementDetail>(engagementPath(id));
  }

  /**
   * POST /api/engagements/{id}/transitions: the new stage and version (not the timeline: ask
   * `detail` for it); 409 when `version` is stale, 422 naming the broken rule, 403 out of scope.
   * Pages move an engagement through EngagementMoves, which checks the rules first.
   */
  transition(id: string, request: TransitionRequest): Observable<TransitionResult> {
    return this.#http.post<TransitionResult>(`${engagementPath(id)}/transitions`, request);
  }

  /** PUT /api/engagements/{id}/assignments (managers): the whole team and its lead at once. */
  assign(id: string, request: AssignmentsRequest): Observable<EngagementDetail> {
    return this.#http.put<EngagementDetail>(`${engagementPath(id)}/assignments`, request);
  }
}
