import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommuneList, CommuneQuery, CommuneSummary } from '@bep/contracts';
import type { Stage } from '@bep/domain';
import { campaignInScope } from '@bep/server/core/database';
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

@Injectable()
export class CommunesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The communes of the reference data with their engagement in the campaign (the named one, else the current one), filtered, by name. */
  async list(query: CommuneQuery): Promise<CommuneList> {
    const campaign = await campaignInScope(this.dataSource.manager, query.campaignId);
    const where = communeFilter(query);
    const campaignParam = where.next(campaign?.id ?? null);
    const from = `FROM "commune" c
         LEFT JOIN "engagement" e ON e."commune_nis" = c."nis" AND e."campaign_id" = ${campaignParam}
         LEFT JOIN "engagement_assignment" a ON a."engagement_id" = e."id" AND a."is_lead"
         LEFT JOIN "consultant" lead ON lead."id" = a."consultant_id"
        ${where.sql}`;
    const [counted] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, where.params);
    const rows = await this.dataSource.query<CommuneRow[]>(
      `SELECT c."nis", c."name", c."arrondissement", c."postal_code", c."population", c."latitude", c."longitude", c."eligible",
              e."id" AS engagement_id, e."stage", lead."id" AS lead_id, lead."full_name" AS lead_name
         ${from}
        ORDER BY c."name" COLLATE "fr-BE-x-icu", c."nis"
        LIMIT ${where.next(query.limit)} OFFSET ${where.next(query.offset)}`,
      where.params,
    );
    return { items: rows.map(toSummary), total: counted?.total ?? 0, limit: query.limit, offset: query.offset, campaign: campaign && { id: campaign.id, name: campaign.name } };
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
