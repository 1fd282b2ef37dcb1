import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pipeline, PipelineCard, PipelineQuery } from '@bep/contracts';
import { ALL_STAGES, brusselsDayNumber, type ActivityType, type Stage, type WorkDone } from '@bep/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@bep/server/core/clock';
import { CampaignRevisionCache, campaignInScope } from '@bep/server/core/database';
import { engagementFilter, filterReadsCommunes } from './engagement-reader';
import { workDoneSql } from './work-done';

interface CardRow {
  id: string;
  version: number;
  stage: Stage;
  stage_entered_at: Date;
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

/** A card as read once per campaign revision: its days in stage depend on the instant of the request. */
type StoredCard = Omit<PipelineCard, 'daysInStage'> & { enteredDay: number };

/** The board's columns without the days in stage. */
type StoredColumns = { stage: Stage; count: number; cards: StoredCard[] }[];

/** Campaign, filter and column size combinations kept per process. */
const BOARDS_KEPT = 64;

/**
 * The kanban board of a campaign: every stage as a column with its count and, longest in stage
 * first, at most `cardsPerColumn` cards (a campaign of thousands of communes stays readable). The
 * columns are read once per campaign revision and filter (`CampaignRevisionCache`); each request
 * adds the days in stage at its instant.
 */
@Injectable()
export class PipelineService {
  readonly #boards = new CampaignRevisionCache<StoredColumns>(BOARDS_KEPT);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async board(query: PipelineQuery): Promise<Pipeline> {
    const today = brusselsDayNumber(this.clock.now());
    const campaign = await campaignInScope(this.dataSource.manager, query.campaignId);
    const inScope = { ...query, campaignId: campaign?.id ?? query.campaignId };
    const read = () => readColumns(this.dataSource.manager, inScope);
    const key = JSON.stringify([query.arrondissement ?? null, query.consultantId ?? null, query.q ?? null, query.cardsPerColumn]);
    const columns = await this.#boards.readFor(campaign, key, read);
    return {
      campaign: campaign && { id: campaign.id, name: campaign.name, deadline: campaign.deadline },
      columns: columns.map((column) => ({
        stage: column.stage,
        count: column.count,
        cards: column.cards.map(({ enteredDay, ...card }) => ({ ...card, daysInStage: today - enteredDay })),
      })),
    };
  }
}

/** Every column's count, and its first cards on their own (a top-N per stage) rather than ranking the whole campaign. */
async function readColumns(manager: EntityManager, query: PipelineQuery): Promise<StoredColumns> {
  const { sql: where, params } = engagementFilter(query);
  const communes = 'JOIN "commune" c ON c."nis" = e."commune_nis"';
  const stages = `$${params.length + 1}::text[]`;
  const limit = `$${params.length + 2}`;
  const [counts, rows] = await Promise.all([
    manager.query<{ stage: Stage; count: number }[]>(
      `SELECT e."stage", count(*)::int AS count FROM "engagement" e ${filterReadsCommunes(query) ? communes : ''} ${where} GROUP BY e."stage"`,
      params,
    ),
    manager.query<CardRow[]>(
      `SELECT e."id", e."version", e."stage", e."stage_entered_at",
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
      [...params, ALL_STAGES, query.cardsPerColumn],
    ),
  ]);
  const byStage = new Map<Stage, StoredCard[]>(ALL_STAGES.map((stage) => [stage, []]));
  for (const row of rows) {
    byStage.get(row.stage)?.push({
      engagementId: row.id,
      version: row.version,
      commune: { nis: row.nis, name: row.name, arrondissement: row.arrondissement, population: row.population },
      lead: row.lead_id && row.lead_name ? { id: row.lead_id, name: row.lead_name } : null,
      stageEnteredAt: row.stage_entered_at.toISOString(),
      enteredDay: brusselsDayNumber(row.stage_entered_at),
      nextScheduled:
        row.next_id && row.next_type && row.next_subject && row.next_at
          ? { activityId: row.next_id, type: row.next_type, subject: row.next_subject, scheduledAt: row.next_at.toISOString() }
          : null,
      work: row.work,
    });
  }
  return ALL_STAGES.map((stage) => ({ stage, count: counts.find((c) => c.stage === stage)?.count ?? 0, cards: byStage.get(stage) ?? [] }));
}
