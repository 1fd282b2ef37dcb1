import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Campaign } from '@bep/contracts';
import { lineNetCents, type Stage } from '@bep/domain';
import { firstValueFrom } from 'rxjs';

/** What entering a campaign's billing stage commits: the stage, and what the commune is billed for its diagnostic. */
export interface BillingTerms {
  billingStage: Stage;
  /** The commune's share of the diagnostic, VAT excluded (the line of the draft the move queues); null when unknown. */
  communeShareCents: number | null;
}

/**
 * The terms while the campaign's own are unknown: the billing stage a campaign gets when its
 * settings leave it out (`billingStage` defaults to it in @bep/contracts), no amount; so that a
 * failed read never lets a move into the billing stage go unconfirmed, nor offers to undo it.
 */
export const UNKNOWN_BILLING_TERMS: BillingTerms = { billingStage: 'workshop_held', communeShareCents: null };

/** The terms as the campaign's settings give them: the commune pays the diagnostic's price less BEP's share. */
export function billingTermsOf(campaign: { billingStage: Stage; prices: Pick<Campaign['prices'], 'diagnostic'> }): BillingTerms {
  const { priceCents, bepShareBp } = campaign.prices.diagnostic;
  return { billingStage: campaign.billingStage, communeShareCents: lineNetCents({ quantityMilli: 1000, unitPriceCents: priceCents, shareBp: 10_000 - bepShareBp }) };
}

/**
 * The billing terms of each campaign a page moves engagements in (GET /api/campaigns/{id}, which
 * every signed-in user reads), read once per campaign for the session. Resolves with
 * UNKNOWN_BILLING_TERMS when the campaign cannot be read (never rejects); the read is then tried
 * again at the next move.
 */
@Injectable({ providedIn: 'root' })
export class CampaignBillingTerms {
  readonly #http = inject(HttpClient);
  readonly #read = new Map<string, Promise<BillingTerms>>();

  of(campaignId: string): Promise<BillingTerms> {
    const known = this.#read.get(campaignId);
    if (known) return known;
    const reading = firstValueFrom(this.#http.get<Campaign>(`/api/campaigns/${encodeURIComponent(campaignId)}`)).then(billingTermsOf, () => {
      this.#read.delete(campaignId);
      return UNKNOWN_BILLING_TERMS;
    });
    this.#read.set(campaignId, reading);
    return reading;
  }
}
