import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Campaign, CampaignPage, CampaignStatus, CommunesWithoutContact, CreateCampaignRequest, UpdateCampaignRequest } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

const CAMPAIGNS = '/api/campaigns';

/** The changes of a campaign's status: each is a POST on the campaign (managers). */
export type CampaignTransition = 'make-current' | 'close' | 'reopen' | 'archive';

/** The campaigns' API as it answers a request without a page: every campaign of the programme fits in one. */
const ALL = 200;

function campaignPath(id: string): string {
  return `${CAMPAIGNS}/${encodeURIComponent(id)}`;
}

/**
 * The campaigns' routes of the API, typed by `@bep/contracts` (types only). Errors come back as
 * RFC 9457 problems (apiFailure): 409 for a name taken or a change the campaign's status refuses,
 * 422 for settings inconsistent once applied.
 */
@Injectable({ providedIn: 'root' })
export class CampaignsApi {
  readonly #http = inject(HttpClient);

  /** GET /api/campaigns: newest first; every status unless `status` names some. */
  list(status?: readonly CampaignStatus[]): Observable<CampaignPage> {
    return this.#http.get<CampaignPage>(CAMPAIGNS, { params: httpParams({ status: status?.join(','), limit: ALL }) });
  }

  /** GET /api/campaigns/current: 404 when no campaign is current. */
  current(): Observable<Campaign> {
    return this.#http.get<Campaign>(`${CAMPAIGNS}/current`);
  }

  /** GET /api/campaigns/{id}. */
  detail(id: string): Observable<Campaign> {
    return this.#http.get<Campaign>(campaignPath(id));
  }

  /** GET /api/campaigns/{id}/communes-without-contact: the communes that no e-mail reaches, by name. */
  communesWithoutContact(id: string): Observable<CommunesWithoutContact> {
    return this.#http.get<CommunesWithoutContact>(`${campaignPath(id)}/communes-without-contact`);
  }

  /** POST /api/campaigns (managers): the campaign, with its engagements opened. */
  create(request: CreateCampaignRequest): Observable<Campaign> {
    return this.#http.post<Campaign>(CAMPAIGNS, request);
  }

  /** PATCH /api/campaigns/{id} (managers): only the settings named change. */
  update(id: string, patch: UpdateCampaignRequest): Observable<Campaign> {
    return this.#http.patch<Campaign>(campaignPath(id), patch);
  }

  /** POST /api/campaigns/{id}/make-current, /close, /reopen or /archive (managers). */
  transition(id: string, transition: CampaignTransition): Observable<Campaign> {
    return this.#http.post<Campaign>(`${campaignPath(id)}/${transition}`, null);
  }
}
