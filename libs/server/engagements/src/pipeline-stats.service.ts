import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readReminderSettings, type PipelineStats, type PipelineStatsQuery } from '@bep/contracts';
import type { DataSource } from 'typeorm';
import { Clock } from '@bep/server/core/clock';
import { CampaignRevisionCache, campaignInScope } from '@bep/server/core/database';
import { engagementFilter, filterReadsCommunes } from './engagement-reader';
import { statsAt, type StatsSnapshot } from './stats/stats-at';
import { readStatsSnapshot, type LateDelays } from './stats/stats-snapshot';

/** Campaign and filter combinations kept per process (a few campaigns, a handful of filters each). */
const SNAPSHOTS_KEPT = 64;

/**
 * The dashboard's figures for a campaign: counts per stage, how far engagements got (and so the
 * conversion between stages), the median stay per stage, and what is late by the campaign's
 * reminder settings. What does not depend on the instant is read in SQL once per campaign revision
 * and filter (`readStatsSnapshot`, kept by `CampaignRevisionCache`); the figures at the instant of
 * the request are then computed from it (`statsAt`), so that a campaign of 35,000 engagements
 * answers as fast as one of 37 and a change is visible in the next read.
 */
@Injectable()
export class PipelineStatsService {
  readonly #snapshots = new CampaignRevisionCache<StatsSnapshot>(SNAPSHOTS_KEPT);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async stats(query: PipelineStatsQuery): Promise<PipelineStats> {
    // One instant for every figure, from the application's clock (not the database's now()).
    const now = this.clock.now();
    const campaign = await campaignInScope(this.dataSource.manager, query.campaignId);
    // A closed or archived campaign counts no late item: its work is over (libs/server/campaigns).
    const countLate = !campaign || campaign.status === 'open';
    const settings = readReminderSettings(campaign?.reminderSettings);
    const delays: LateDelays | null = countLate ? { surveyDays: settings.surveyUnanswered.firstAfterDays, diagnosticDays: settings.diagnosticNotScheduled.afterDays } : null;
    const read = () => readStatsSnapshot(this.dataSource.manager, this.#scope({ ...query, campaignId: campaign?.id ?? query.campaignId }), delays);
    const filters = JSON.stringify([query.arrondissement ?? null, query.consultantId ?? null]);
    const snapshot = await this.#snapshots.readFor(campaign, filters, read);
    return {
      campaign: campaign ? { id: campaign.id, name: campaign.name, deadline: campaign.deadline } : null,
      asOf: now.toISOString(),
      ...statsAt(snapshot, now, countLate),
    };
  }

  /**
   * The engagements in scope, as a CTE every figure starts from; the communes join only when a
   * filter reads them (35,000 engagements make the join the costliest part of a count).
   */
  #scope(query: PipelineStatsQuery) {
    const { sql: where, params } = engagementFilter(query);
    const communes = filterReadsCommunes(query) ? 'JOIN "commune" c ON c."nis" = e."commune_nis"' : '';
    return { sql: `WITH scope AS (SELECT e."id", e."stage", e."stage_entered_at", e."commune_nis" FROM "engagement" e ${communes} ${where})`, params };
  }
}
