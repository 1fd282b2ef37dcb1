import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PipelineStats, PipelineStatsQuery } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

/** The figures' route of the API, typed by `@bep/contracts`. */
@Injectable({ providedIn: 'root' })
export class StatsApi {
  readonly #http = inject(HttpClient);

  /** GET /api/stats: counts, conversion, stays and late items of the current campaign unless one is named. */
  get(query: Partial<PipelineStatsQuery> = {}): Observable<PipelineStats> {
    return this.#http.get<PipelineStats>('/api/stats', { params: httpParams(query) });
  }
}
