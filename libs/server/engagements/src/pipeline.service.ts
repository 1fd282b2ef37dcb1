import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pipeline, PipelineCard, PipelineQuery } from '@bep/contracts';
import { ALL_STAGES, type Stage } from '@bep/domain';
import type { DataSource } from 'typeorm';
import { engagementFilter } from './engagement-reader';

interface CardRow {
  id: string;
  version: number;
  stage: Stage;
  stage_entered_at: Date;
  days_in_stage: number;
  nis: string;
  name: string;
  arrondissement: string;
  population: number;
  lead_id: string | null;
  lead_name: string | null;
}

/** The kanban board of a campaign: every stage as a column, with its count and its cards. */
@Injectable()
export class PipelineService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async board(query: PipelineQuery): Promise<Pipeline> {
    const [campaign] = await this.dataSource.query<{ id: string; name: string; deadline: string }[]>(
      `SELECT "id", "name", to_char("deadline", 'YYYY-MM-DD') AS deadline FROM "campaign" WHERE ${query.campaignId ? '"id" = $1' : '"is_current"'}`,
      query.campaignId ? [query.campaignId] : [],
    );
    const { where, params } = engagementFilter(query);
    const rows = await this.dataSource.query<CardRow[]>(
      `SELECT e."id", e."version", e."stage", e."stage_entered_at",
              ((now() AT TIME ZONE 'Europe/Brussels')::date - (e."stage_entered_at" AT TIME ZONE 'Europe/Brussels')::date) AS days_in_stage,
              c."nis", c."name", c."arrondissement", c."population", k."id" AS lead_id, k."full_name" AS lead_name
         FROM "engagement" e
         JOIN "commune" c ON c."nis" = e."commune_nis"
         LEFT JOIN "engagement_assignment" a ON a."engagement_id" = e."id" AND a."is_lead"
         LEFT JOIN "consultant" k ON k."id" = a."consultant_id"
        ${where}
        ORDER BY e."stage_entered_at", c."name"`,
      params,
    );
    const byStage = new Map<Stage, PipelineCard[]>(ALL_STAGES.map((stage) => [stage, []]));
    for (const row of rows) {
      byStage.get(row.stage)?.push({
        engagementId: row.id,
        version: row.version,
        commune: { nis: row.nis, name: row.name, arrondissement: row.arrondissement, population: row.population },
        lead: row.lead_id && row.lead_name ? { id: row.lead_id, name: row.lead_name } : null,
        stageEnteredAt: row.stage_entered_at.toISOString(),
        daysInStage: row.days_in_stage,
      });
    }
    return {
      campaign: campaign ?? null,
      columns: ALL_STAGES.map((stage) => {
        const cards = byStage.get(stage) ?? [];
        return { stage, count: cards.length, cards };
      }),
    };
  }
}
