import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Campaign } from '@bep/contracts';
import { type BillingTerms, lineNetCents, type Stage } from '@bep/domain';
import { firstValueFrom } from 'rxjs';

export type { BillingTerms } from '@bep/domain';

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
 * The billing terms of the campaign a move is in (GET /api/campaigns/{id}, which every signed-in
 * user reads), read afresh for each move that needs them, never kept: a manager may change a
 * campaign's billing stage or diagnostic price at any time (in this browser or another), and a move
 * is confirmed, priced and offered *Annuler* by the terms in force when it is made. Resolves with
 * UNKNOWN_BILLING_TERMS when the campaign cannot be read (never rejects).
 */
@Injectable({ providedIn: 'root' })
export class CampaignBillingTerms {
  readonly #http = inject(HttpClient);

  of(campaignId: string): Promise<BillingTerms> {
    return firstValueFrom(this.#http.get<Campaign>(`/api/campaigns/${encodeURIComponent(campaignId)}`)).then(billingTermsOf, () => UNKNOWN_BILLING_TERMS);
  }
}
