import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommuneList, CommuneSummary } from '@bep/contracts';
import type { Stage } from '@bep/domain';
import type { DataSource } from 'typeorm';

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

  /** Every commune of the reference data with its engagement in the current campaign, in one query. */
  async list(): Promise<CommuneList> {
    const [campaign] = await this.dataSource.query<{ id: string; name: string }[]>(
      'SELECT "id", "name" FROM "campaign" WHERE "is_current"',
    );
    const rows = await this.dataSource.query<CommuneRow[]>(
      `SELECT c."nis", c."name", c."arrondissement", c."postal_code", c."population", c."latitude", c."longitude", c."eligible",
              e."id" AS engagement_id, e."stage", lead."id" AS lead_id, lead."full_name" AS lead_name
         FROM "commune" c
         LEFT JOIN "engagement" e ON e."commune_nis" = c."nis" AND e."campaign_id" = $1
         LEFT JOIN "engagement_assignment" a ON a."engagement_id" = e."id" AND a."is_lead"
         LEFT JOIN "consultant" lead ON lead."id" = a."consultant_id"`,
      [campaign?.id ?? null],
    );
    const items = rows.map(toSummary).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    return { items, total: items.length, campaign: campaign ?? null };
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
