import { computed, inject, Injectable } from '@angular/core';
import type { Campaign, ReminderSettingsPatch } from '@bep/contracts';
import type { ReminderRuleName } from '@bep/domain';
import { Loadable } from '@bep/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { CampaignSettingsApi } from './campaign-settings-api';

/**
 * The current campaign, for its reminder settings (the Règles tab, and the "2 sur 3" of a series)
 * and its name; a 404 (no current campaign) is a failure with status 404.
 */
@Injectable({ providedIn: 'root' })
export class ReminderSettingsStore {
  readonly #api = inject(CampaignSettingsApi);
  readonly #campaign = new Loadable<Campaign>();

  readonly campaign = this.#campaign.value;
  readonly settings = computed(() => this.#campaign.value()?.reminderSettings ?? null);
  readonly loading = this.#campaign.loading;
  readonly loaded = this.#campaign.loaded;
  readonly failure = this.#campaign.failure;

  load(): void {
    this.#campaign.load(this.#api.current());
  }

  /** Reads the campaign unless it is there or on its way. */
  ensureLoaded(): void {
    if (!this.#campaign.loaded() && !this.#campaign.loading()) this.load();
  }

  /**
   * How many reminders a series of `rule` holds at most (the questionnaire and the invoice are
   * reminded several times), or null for a rule that sends one.
   */
  maxCount(rule: ReminderRuleName): number | null {
    const settings = this.settings();
    if (!settings) return null;
    if (rule === 'surveyUnanswered') return settings.surveyUnanswered.maxCount;
    if (rule === 'invoiceOverdue') return settings.invoiceOverdue.maxCount;
    return null;
  }

  /** Saves a change of the current campaign's reminder settings; resolves with the campaign as saved, rejects with the HTTP error. */
  async save(patch: ReminderSettingsPatch): Promise<Campaign> {
    const campaign = this.#campaign.value();
    if (!campaign) throw new Error('No current campaign to change');
    const saved = await firstValueFrom(this.#api.updateReminderSettings(campaign.id, patch));
    this.#campaign.set(saved);
    return saved;
  }
}
