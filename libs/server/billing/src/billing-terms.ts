import type { VatCategory } from '@bep/domain';
import type { EntityManager } from 'typeorm';

/** What billing an engagement needs to know of it, its commune and its campaign's prices. */
export interface BillingTerms {
  engagementId: string;
  campaignId: string;
  campaignName: string;
  communeNis: string;
  communeName: string;
  /** The campaign's stage that queues the diagnostic's draft. */
  billingStage: string;
  diagnosticPriceCents: number;
  diagnosticBepShareBp: number;
  accompanimentDayRateCents: number;
  accompanimentBepShareBp: number;
  vatCategory: VatCategory;
}

/** The engagement's billing terms as the campaign sets them now, or null when there is no such engagement. */
export async function readBillingTerms(manager: EntityManager, engagementId: string): Promise<BillingTerms | null> {
  const [row] = await manager.query<BillingTerms[]>(
    `SELECT e."id" AS "engagementId", e."campaign_id" AS "campaignId", k."name" AS "campaignName",
            e."commune_nis" AS "communeNis", c."name" AS "communeName", k."billing_stage" AS "billingStage",
            k."diagnostic_price_cents" AS "diagnosticPriceCents", k."diagnostic_bep_share_bp" AS "diagnosticBepShareBp",
            k."accompaniment_day_rate_cents" AS "accompanimentDayRateCents", k."accompaniment_bep_share_bp" AS "accompanimentBepShareBp",
            k."vat_category" AS "vatCategory"
       FROM "engagement" e
       JOIN "campaign" k ON k."id" = e."campaign_id"
       JOIN "commune" c ON c."nis" = e."commune_nis"
      WHERE e."id" = $1`,
    [engagementId],
  );
  return row ?? null;
}
