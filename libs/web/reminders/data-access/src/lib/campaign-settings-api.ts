import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Campaign, ReminderSettingsPatch, UpdateCampaignRequest } from '@bep/contracts';
import type { Observable } from 'rxjs';

/**
 * The campaigns' routes the reminders' pages use: the current campaign (its reminder settings and
 * name) and the change of its reminder settings. Typed by `@bep/contracts`.
 */
@Injectable({ providedIn: 'root' })
export class CampaignSettingsApi {
  readonly #http = inject(HttpClient);

  /** GET /api/campaigns/current: 404 when no campaign is current. */
  current(): Observable<Campaign> {
    return this.#http.get<Campaign>('/api/campaigns/current');
  }

  /** PATCH /api/campaigns/{id} with `reminderSettings` only: what the patch does not name stays as it is. */
  updateReminderSettings(campaignId: string, reminderSettings: ReminderSettingsPatch): Observable<Campaign> {
    const body: UpdateCampaignRequest = { reminderSettings };
    return this.#http.patch<Campaign>(`/api/campaigns/${encodeURIComponent(campaignId)}`, body);
  }
}
