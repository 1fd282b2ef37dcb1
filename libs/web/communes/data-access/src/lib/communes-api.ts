import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CommuneList, CommuneQuery } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

/** The communes' route of the API, typed by `@bep/contracts`. */
@Injectable({ providedIn: 'root' })
export class CommunesApi {
  readonly #http = inject(HttpClient);

  /** GET /api/communes: the reference communes with their engagement in the current campaign. */
  list(query: Partial<CommuneQuery> = {}): Observable<CommuneList> {
    return this.#http.get<CommuneList>('/api/communes', { params: httpParams(query) });
  }
}
