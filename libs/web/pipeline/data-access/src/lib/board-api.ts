import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Pipeline, PipelineQuery } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

/** The board's route of the API, typed by `@bep/contracts`. */
@Injectable({ providedIn: 'root' })
export class BoardApi {
  readonly #http = inject(HttpClient);

  /** GET /api/pipeline: every stage as a column with its count and its first cards, under the filters. */
  get(query: Partial<PipelineQuery> = {}): Observable<Pipeline> {
    return this.#http.get<Pipeline>('/api/pipeline', { params: httpParams(query) });
  }
}
