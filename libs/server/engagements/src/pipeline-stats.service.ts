import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readReminderSettings, type LateItem, type PipelineStats, type PipelineStatsQuery } from '@bep/contracts';
import { ALL_STAGES, LATE_KINDS, PIPELINE_STAGES, stageOrder, type ActivityType, type Stage } from '@bep/domain';
import type { DataSource } from 'typeorm';
import { Clock } from '@bep/server/core/clock';
import { engagementFilter, filterReadsCommunes } from './engagement-reader';
import { surveyLateSinceSql, surveyUnansweredLateSql } from './late-survey';
import { brusselsDaysSinceSql, campaignInScope } from '@bep/server/core/database';

const LATE_ITEMS_SHOWN = 100;

/** The late figures of a closed or archived campaign. */
const NOTHING_LATE: PipelineStats['late'] = { counts: { 'survey-unanswered': 0, 'diagnostic-not-scheduled': 0, 'activity-overdue': 0 }, items: [] };

/** The late list's order: by kind in the order of LATE_KINDS (libs/domain, a text[] parameter), then the longest late. */
const lateOrder = (kindsInOrder: string) => `array_position(${kindsInOrder}, "kind"), "since", "commune_nis", "activity_at"`;

interface LateRow {
  kind: LateItem['kind'];
  engagement_id: string;
  nis: string;
  name: string;
  since: Date;
  days_late: number;
  activity_id: string | null;
  activity_type: ActivityType | null;
  activity_subject: string | null;
  activity_at: Date | null;
}

/**
 * The dashboard's figures for a campaign, each computed in SQL over the filtered engagements:
 * counts per stage, how far engagements got (and so the conversion between stages), the median
 * stay per stage, and what is late by the campaign's reminder settings.
 */
@Injectable()
export class PipelineStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async stats(query: PipelineStatsQuery): Promise<PipelineStats> {
    // One instant for every figure, from the application's clock (not the database's now()).
    const now = this.clock.now();
    const campaign = await campaignInScope(this.dataSource.manager, query.campaignId);
    const { sql: where, params } = engagementFilter({ ...query, campaignId: campaign?.id ?? query.campaignId });
    // The engagements in scope, as a CTE every figure starts from; the communes join only when a
    // filter reads them (35,000 engagements make the join the costliest part of a count).
    const communes = filterReadsCommunes(query) ? 'JOIN "commune" c ON c."nis" = e."commune_nis"' : '';
    const scope = `WITH scope AS (SELECT e."id", e."stage", e."stage_entered_at", e."commune_nis" FROM "engagement" e ${communes} ${where})`;
    const [counts, reached, medians, late] = await Promise.all([
      this.dataSource.query<{ stage: Stage; count: number }[]>(`${scope} SELECT "stage", count(*)::int AS count FROM scope GROUP BY "stage"`, params),
      this.reached(scope, params),
      this.dataSource.query<{ stage: Stage; median: number }[]>(
        `${scope}
         SELECT "stage", percentile_cont(0.5) WITHIN GROUP (ORDER BY "days") AS median
           FROM (SELECT h."to_stage" AS stage,
                        EXTRACT(EPOCH FROM COALESCE(lead(h."changed_at") OVER (PARTITION BY h."engagement_id" ORDER BY h."changed_at"), $${params.length + 1}::timestamptz) - h."changed_at") / 86400 AS days
                   FROM "stage_change" h JOIN scope s ON s."id" = h."engagement_id") stays
          GROUP BY "stage"`,
        [...params, now],
      ),
      // A closed or archived campaign counts no late item: its work is over (libs/server/campaigns).
      campaign && campaign.status !== 'open' ? NOTHING_LATE : this.late(scope, params, readReminderSettings(campaign?.reminderSettings), now),
    ]);
    const countOf = (stage: Stage) => counts.find((row) => row.stage === stage)?.count ?? 0;
    const reachedOf = (stage: Stage) => (stageOrder(stage) === null ? null : reached.filter((row) => row.max_order >= (stageOrder(stage) ?? 0)).reduce((sum, row) => sum + row.count, 0));
    return {
      campaign: campaign ? { id: campaign.id, name: campaign.name, deadline: campaign.deadline } : null,
      asOf: now.toISOString(),
      total: counts.reduce((sum, row) => sum + row.count, 0),
      stages: ALL_STAGES.map((stage) => {
        const stay = medians.find((row) => row.stage === stage);
        return { stage, count: countOf(stage), reached: reachedOf(stage), medianDays: stay ? Math.round(Number(stay.median) * 10) / 10 : null };
      }),
      conversion: PIPELINE_STAGES.slice(1).map((to, index) => {
        const from = PIPELINE_STAGES[index];
        const base = reachedOf(from) ?? 0;
        return { from, to, rate: base === 0 ? null : (reachedOf(to) ?? 0) / base };
      }),
      late,
    };
  }

  /** How far each engagement got on the main path (the highest stage its history entered), counted per stage. */
  private reached(scope: string, params: unknown[]): Promise<{ max_order: number; count: number }[]> {
    const orders = PIPELINE_STAGES.map((stage, index) => `('${stage}', ${index + 1})`).join(', ');
    return this.dataSource.query(
      `${scope}
       SELECT "max_order", count(*)::int AS count
         FROM (SELECT max(o."ord") AS max_order
                 FROM scope s JOIN "stage_change" h ON h."engagement_id" = s."id"
                 JOIN (VALUES ${orders}) AS o("stage", "ord") ON o."stage" = h."to_stage"
                GROUP BY s."id") furthest
        GROUP BY "max_order"`,
      params,
    );
  }

  /**
   * Late: a survey unanswered past the first reminder's delay, a diagnostic requested but not
   * scheduled past its delay, a scheduled activity whose time has passed and that is not done.
   * Listed with what needs a person first (LATE_KINDS), so that the questionnaires the reminders
   * chase on their own never push an unscheduled diagnostic out of the first 100.
   */
  private async late(scope: string, params: unknown[], settings: ReturnType<typeof readReminderSettings>, at: Date): Promise<PipelineStats['late']> {
    const surveyDays = `$${params.length + 1}::int`;
    const diagnosticDays = `$${params.length + 2}::int`;
    const now = `$${params.length + 3}::timestamptz`;
    const kindsInOrder = `$${params.length + 4}::text[]`;
    const late = `${scope},
       late AS (
         SELECT 'survey-unanswered' AS kind, s."id" AS engagement_id, s."commune_nis", ${surveyLateSinceSql('s', surveyDays)} AS since,
                NULL::uuid AS activity_id, NULL AS activity_type, NULL AS activity_subject, NULL::timestamptz AS activity_at
           FROM scope s WHERE ${surveyUnansweredLateSql('s', surveyDays, now)}
         UNION ALL
         SELECT 'diagnostic-not-scheduled', s."id", s."commune_nis", s."stage_entered_at" + make_interval(days => ${diagnosticDays}), NULL, NULL, NULL, NULL
           FROM scope s WHERE s."stage" = 'diagnostic_requested' AND s."stage_entered_at" + make_interval(days => ${diagnosticDays}) < ${now}
            AND NOT EXISTS (SELECT 1 FROM "activity" a WHERE a."engagement_id" = s."id" AND a."type" = 'diagnostic' AND a."scheduled_at" IS NOT NULL)
         UNION ALL
         SELECT 'activity-overdue', s."id", s."commune_nis", a."scheduled_at", a."id", a."type", a."subject", a."scheduled_at"
           FROM scope s JOIN "activity" a ON a."engagement_id" = s."id"
          WHERE a."scheduled_at" < ${now} AND a."completed_at" IS NULL
       )`;
    const lateParams = [...params, settings.surveyUnanswered.firstAfterDays, settings.diagnosticNotScheduled.afterDays, at];
    const [counts, rows] = await Promise.all([
      this.dataSource.query<{ kind: LateItem['kind']; count: number }[]>(`${late} SELECT "kind", count(*)::int AS count FROM late GROUP BY "kind"`, lateParams),
      this.dataSource.query<LateRow[]>(
        `${late}
         SELECT l.*, c."nis", c."name", ${brusselsDaysSinceSql('l."since"', now)} AS days_late
           FROM (SELECT * FROM late ORDER BY ${lateOrder(kindsInOrder)} LIMIT ${LATE_ITEMS_SHOWN}) l
           JOIN "commune" c ON c."nis" = l."commune_nis"
          ORDER BY ${lateOrder(kindsInOrder)}`,
        [...lateParams, LATE_KINDS],
      ),
    ]);
    const countOf = (kind: LateItem['kind']) => counts.find((row) => row.kind === kind)?.count ?? 0;
    return {
      counts: { 'survey-unanswered': countOf('survey-unanswered'), 'diagnostic-not-scheduled': countOf('diagnostic-not-scheduled'), 'activity-overdue': countOf('activity-overdue') },
      items: rows.map((row) => ({
        kind: row.kind,
        engagementId: row.engagement_id,
        commune: { nis: row.nis, name: row.name },
        since: row.since.toISOString(),
        daysLate: row.days_late,
        activity:
          row.activity_id && row.activity_type && row.activity_subject && row.activity_at
            ? { id: row.activity_id, type: row.activity_type, subject: row.activity_subject, scheduledAt: row.activity_at.toISOString() }
            : null,
      })),
    };
  }
}
