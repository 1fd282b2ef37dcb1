import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditPage, AuditQuery } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

/** The audit log's route of the API (administrators only), typed by `@bep/contracts`. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  readonly #http = inject(HttpClient);

  /** GET /api/audit: one page of entries, newest first, under the filters that have a value. */
  list(query: Partial<AuditQuery> = {}): Observable<AuditPage> {
    return this.#http.get<AuditPage>('/api/audit', { params: httpParams(query) });
  }
}
