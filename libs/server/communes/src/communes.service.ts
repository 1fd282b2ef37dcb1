import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommuneList, CommuneQuery, CommuneSummary } from '@bep/contracts';
import type { Stage } from '@bep/domain';
import { CampaignRevisionCache, campaignInScope, SqlFilter } from '@bep/server/core/database';
import type { DataSource } from 'typeorm';
import { communeFilter } from './commune-filter';

interface CommuneRow {
  nis: string;
  name: string;
  arrondissement: string;
  postal_code: string;
  population: number;
  latitude: number;
  longitude: number;
  eligible: boolean;
  engagement_id: string | null;
  stage: Stage | null;
  lead_id: string | null;
  lead_name: string | null;
}

/** Campaign and filter combinations whose order is kept per process. */
const ORDERS_KEPT = 64;

/**
 * The communes of the reference data with their engagement in a campaign. The order of the
 * filtered list (by name the French way) is read once per campaign revision and filter and kept
 * (`CampaignRevisionCache`): a page of 35,000 communes reads its 100 rows only.
 */
@Injectable()
export class CommunesService {
  readonly #orders = new CampaignRevisionCache<string[]>(ORDERS_KEPT);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The communes of the reference data with their engagement in the campaign (the named one, else the current one), filtered, by name. */
  async list(query: CommuneQuery): Promise<CommuneList> {
    const campaign = await campaignInScope(this.dataSource.manager, query.campaignId);
    const campaignId = campaign?.id ?? null;
    const read = () => this.#order(query, campaignId);
    const key = JSON.stringify([query.q ?? null, query.arrondissement ?? null, query.eligible ?? null, query.stage ?? null]);
    const order = await this.#orders.readFor(campaign, key, read);
    const rows = await this.#rows(order.slice(query.offset, query.offset + query.limit), campaignId);
    return { items: rows.map(toSummary), total: order.length, limit: query.limit, offset: query.offset, campaign: campaign && { id: campaign.id, name: campaign.name } };
  }

  /** The NIS codes the filters keep, by name the French way. */
  async #order(query: CommuneQuery, campaignId: string | null): Promise<string[]> {
    const where = communeFilter(query);
    const rows = await this.dataSource.query<{ nis: string }[]>(
      `SELECT c."nis" FROM "commune" c LEFT JOIN "engagement" e ON e."commune_nis" = c."nis" AND e."campaign_id" = ${where.next(campaignId)}
        ${where.sql} ORDER BY c."name" COLLATE "fr-BE-x-icu", c."nis"`,
      where.params,
    );
    return rows.map((row) => row.nis);
  }

  /** The page's communes, in the order given, with their engagement and its lead. */
  #rows(nis: readonly string[], campaignId: string | null): Promise<CommuneRow[]> {
    const where = new SqlFilter();
    const page = where.next(nis);
    return this.dataSource.query<CommuneRow[]>(
      `SELECT c."nis", c."name", c."arrondissement", c."postal_code", c."population", c."latitude", c."longitude", c."eligible",
              e."id" AS engagement_id, e."stage", lead."id" AS lead_id, lead."full_name" AS lead_name
         FROM unnest(${page}::text[]) WITH ORDINALITY AS p("nis", "position")
         JOIN "commune" c ON c."nis" = p."nis"
         LEFT JOIN "engagement" e ON e."commune_nis" = c."nis" AND e."campaign_id" = ${where.next(campaignId)}
         LEFT JOIN "engagement_assignment" a ON a."engagement_id" = e."id" AND a."is_lead"
         LEFT JOIN "consultant" lead ON lead."id" = a."consultant_id"
        ORDER BY p."position"`,
      where.params,
    );
  }
}

function toSummary(row: CommuneRow): CommuneSummary {
  return {
    nis: row.nis,
    name: row.name,
    arrondissement: row.arrondissement,
    postalCode: row.postal_code,
    population: row.population,
    latitude: row.latitude,
    longitude: row.longitude,
    eligible: row.eligible,
    engagement:
      row.engagement_id && row.stage
        ? { id: row.engagement_id, stage: row.stage, leadConsultant: row.lead_id && row.lead_name ? { id: row.lead_id, name: row.lead_name } : null }
        : null,
  };
}
