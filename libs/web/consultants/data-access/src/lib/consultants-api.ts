import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ConsultantList, ConsultantQuery, ConsultantSummary, CreateConsultantRequest, UpdateConsultantRequest, Workload, WorkloadQuery } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

/** The consultants' routes of the API, typed by `@bep/contracts`. */
@Injectable({ providedIn: 'root' })
export class ConsultantsApi {
  readonly #http = inject(HttpClient);

  /** GET /api/consultants (managers and administrators; 403 for the other roles): for pickers and filters. */
  list(query: Partial<ConsultantQuery> = {}): Observable<ConsultantList> {
    return this.#http.get<ConsultantList>('/api/consultants', { params: httpParams(query) });
  }

  /** POST /api/consultants (managers and administrators): a new record; 409 when the e-mail is taken. */
  create(request: CreateConsultantRequest): Observable<ConsultantSummary> {
    return this.#http.post<ConsultantSummary>('/api/consultants', request);
  }

  /** PATCH /api/consultants/{id}: name, e-mail, office, weekly capacity, active (false keeps the history). */
  update(id: string, patch: UpdateConsultantRequest): Observable<ConsultantSummary> {
    return this.#http.patch<ConsultantSummary>(`/api/consultants/${encodeURIComponent(id)}`, patch);
  }

  /** GET /api/consultants/workload: each consultant's engagements and planned time, in the current campaign unless one is named. */
  workload(query: Partial<WorkloadQuery> = {}): Observable<Workload> {
    return this.#http.get<Workload>('/api/consultants/workload', { params: httpParams(query) });
  }
}
