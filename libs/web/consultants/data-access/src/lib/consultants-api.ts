import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ConsultantList, ConsultantQuery, Workload, WorkloadQuery } from '@bep/contracts';
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

  /** GET /api/consultants/workload: each consultant's engagements and planned time, in the current campaign unless one is named. */
  workload(query: Partial<WorkloadQuery> = {}): Observable<Workload> {
    return this.#http.get<Workload>('/api/consultants/workload', { params: httpParams(query) });
  }
}
