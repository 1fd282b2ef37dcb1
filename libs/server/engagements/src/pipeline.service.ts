import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pipeline, PipelineCard, PipelineQuery } from '@bep/contracts';
import { ALL_STAGES, type ActivityType, type Stage, type WorkDone } from '@bep/domain';
import type { DataSource } from 'typeorm';
import { Clock } from '@bep/server/core/clock';
import { engagementFilter, filterReadsCommunes } from './engagement-reader';
import { workDoneSql } from './work-done';
import { brusselsDaysSinceSql, campaignInScope } from '@bep/server/core/database';

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
  next_id: string | null;
  next_type: ActivityType | null;
  next_subject: string | null;
  next_at: Date | null;
  work: WorkDone;
}

/**
 * The kanban board of a campaign: every stage as a column with its count and, longest in stage
 * first, at most `cardsPerColumn` cards (a campaign of thousands of communes stays readable).
 */
@Injectable()
export class PipelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async board(query: PipelineQuery): Promise<Pipeline> {
    const campaign = await campaignInScope(this.dataSource.manager, query.campaignId);
    const { sql: where, params } = engagementFilter({ ...query, campaignId: campaign?.id ?? query.campaignId });
    const communes = 'JOIN "commune" c ON c."nis" = e."commune_nis"';
    const counts = await this.dataSource.query<{ stage: Stage; count: number }[]>(
      `SELECT e."stage", count(*)::int AS count FROM "engagement" e ${filterReadsCommunes(query) ? communes : ''} ${where} GROUP BY e."stage"`,
      params,
    );
    // Each column's first cards on their own (a top-N per stage), rather than ranking the whole campaign.
    const stages = `$${params.length + 1}::text[]`;
    const limit = `$${params.length + 2}`;
    const now = `$${params.length + 3}::timestamptz`;
    const rows = await this.dataSource.query<CardRow[]>(
      `SELECT e."id", e."version", e."stage", e."stage_entered_at",
              ${brusselsDaysSinceSql('e."stage_entered_at"', now)} AS days_in_stage,
              e."nis", e."name", e."arrondissement", e."population", k."id" AS lead_id, k."full_name" AS lead_name,
              n."id" AS next_id, n."type" AS next_type, n."subject" AS next_subject, n."scheduled_at" AS next_at,
              ${workDoneSql('e')} AS work
         FROM unnest(${stages}) AS column_stage("stage")
        CROSS JOIN LATERAL (
               SELECT e."id", e."version", e."stage", e."stage_entered_at", c."nis", c."name", c."arrondissement", c."population"
                 FROM "engagement" e ${communes} ${where ? `${where} AND` : 'WHERE'} e."stage" = column_stage."stage"
                ORDER BY e."stage_entered_at", c."name"
                LIMIT ${limit}) e
         LEFT JOIN "engagement_assignment" a ON a."engagement_id" = e."id" AND a."is_lead"
         LEFT JOIN "consultant" k ON k."id" = a."consultant_id"
         LEFT JOIN LATERAL (SELECT x."id", x."type", x."subject", x."scheduled_at" FROM "activity" x
                             WHERE x."engagement_id" = e."id" AND x."scheduled_at" IS NOT NULL AND x."completed_at" IS NULL
                             ORDER BY x."scheduled_at" LIMIT 1) n ON true
        ORDER BY e."stage_entered_at", e."name"`,
      [...params, ALL_STAGES, query.cardsPerColumn, this.clock.now()],
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
        nextScheduled:
          row.next_id && row.next_type && row.next_subject && row.next_at
            ? { activityId: row.next_id, type: row.next_type, subject: row.next_subject, scheduledAt: row.next_at.toISOString() }
            : null,
        work: row.work,
      });
    }
    return {
      campaign: campaign && { id: campaign.id, name: campaign.name, deadline: campaign.deadline },
      columns: ALL_STAGES.map((stage) => ({ stage, count: counts.find((c) => c.stage === stage)?.count ?? 0, cards: byStage.get(stage) ?? [] })),
    };
  }
}
