import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Campaign } from '@bep/contracts';
import type { Observable } from 'rxjs';

/**
 * The campaigns' routes the client reads, typed by `@bep/contracts`. Here because the dashboard
 * is the only page that reads them; a campaigns page would take it into its own data-access library.
 */
@Injectable({ providedIn: 'root' })
export class CampaignsApi {
  readonly #http = inject(HttpClient);

  /** GET /api/campaigns/current: 404 when no campaign is current. */
  current(): Observable<Campaign> {
    return this.#http.get<Campaign>('/api/campaigns/current');
  }
}
