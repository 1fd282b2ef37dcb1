import type { LateItem } from '@bep/contracts';
import { brusselsDayNumber, LATE_KINDS, PIPELINE_STAGES, type ActivityType, type LateKind, type Stage } from '@bep/domain';
import type { EntityManager } from 'typeorm';
import { surveyLateSinceSql, surveyUnansweredSql } from '../late-survey';
import { LATE_ITEMS_SHOWN, type LateCandidate, type StatsSnapshot } from './stats-at';

/** The scope of the figures: a CTE `scope` of the filtered engagements (id, stage, stage_entered_at, commune_nis) and its parameters. */
export interface StatsScope {
  sql: string;
  params: unknown[];
}

/** How many days after which a questionnaire or a diagnostic is late, by the campaign's reminder settings. */
export interface LateDelays {
  surveyDays: number;
  diagnosticDays: number;
}

interface CandidateRow {
  kind: LateKind;
  engagement_id: string;
  nis: string;
  name: string;
  since_ms: number;
  activity_id: string | null;
  activity_type: ActivityType | null;
  activity_subject: string | null;
  activity_at: Date | null;
}

const NO_LATE_CANDIDATES: StatsSnapshot['late'] = {
  'diagnostic-not-scheduled': { since: new Float64Array(), first: [] },
  'activity-overdue': { since: new Float64Array(), first: [] },
  'survey-unanswered': { since: new Float64Array(), first: [] },
};

/**
 * Reads what the figures are made of, in SQL over the engagements of `scope`: the counts per stage,
 * how far each engagement got, every stay per stage (its length, read from its row once it ended, or
 * under way since when) and every candidate to lateness with the instant it becomes late. `delays` null: no late item is counted
 * (a closed campaign), so none is read.
 */
export async function readStatsSnapshot(manager: EntityManager, scope: StatsScope, delays: LateDelays | null): Promise<StatsSnapshot> {
  const { sql, params } = scope;
  const [counts, reached, stays, late] = await Promise.all([
    manager.query<{ stage: Stage; count: number }[]>(`${sql} SELECT "stage", count(*)::int AS count FROM scope GROUP BY "stage"`, params),
    readReached(manager, scope),
    manager.query<{ stage: Stage; finished: number[]; ongoing: number[] }[]>(
      `${sql}
       SELECT h."to_stage" AS stage,
              COALESCE(array_agg(EXTRACT(EPOCH FROM h."left_at" - h."changed_at")::float8 / 86400) FILTER (WHERE h."left_at" IS NOT NULL), '{}') AS finished,
              COALESCE(array_agg(EXTRACT(EPOCH FROM h."changed_at")::float8 * 1000) FILTER (WHERE h."left_at" IS NULL), '{}') AS ongoing
         FROM "stage_change" h JOIN scope s ON s."id" = h."engagement_id"
        GROUP BY h."to_stage"`,
      params,
    ),
    delays ? readLateCandidates(manager, scope, delays) : NO_LATE_CANDIDATES,
  ]);
  return {
    counts: Object.fromEntries(counts.map((row) => [row.stage, row.count])),
    reached: reached.map((row) => ({ maxOrder: row.max_order, count: row.count })),
    // Sorted here rather than by ordered aggregates: PostgreSQL then hashes the groups instead of
    // sorting every stay of the campaign on disk (193 to 124 ms at 35,000), and a typed array sorts
    // numbers in a few milliseconds. Both ascending: finished stays shortest first, the stays under
    // way by their start, the earliest (the longest) first.
    stays: Object.fromEntries(stays.map((row) => [row.stage, { finishedDays: Float64Array.from(row.finished).sort(), ongoingSince: Float64Array.from(row.ongoing).sort() }])),
    late,
  };
}

/** How far each engagement got on the main path (the highest stage its history entered), counted per stage. */
function readReached(manager: EntityManager, { sql, params }: StatsScope): Promise<{ max_order: number; count: number }[]> {
  const orders = PIPELINE_STAGES.map((stage, index) => `('${stage}', ${index + 1})`).join(', ');
  return manager.query(
    `${sql}
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
 * What may be late, each with the instant it becomes late: a questionnaire unanswered (late the
 * first reminder's delay after it left), a diagnostic requested and not scheduled (late its delay
 * after the request), a scheduled activity not done (late at its time). Per kind, every instant
 * in the list's order, and the first 100 with their commune: the only ones the list can show.
 */
async function readLateCandidates(manager: EntityManager, { sql, params }: StatsScope, delays: LateDelays): Promise<StatsSnapshot['late']> {
  const surveyDays = `$${params.length + 1}::int`;
  const diagnosticDays = `$${params.length + 2}::int`;
  const candidates = `${sql},
     candidate AS (
       SELECT 'survey-unanswered' AS kind, s."id" AS engagement_id, s."commune_nis", ${surveyLateSinceSql('s', surveyDays)} AS since,
              NULL::uuid AS activity_id, NULL AS activity_type, NULL AS activity_subject, NULL::timestamptz AS activity_at
         FROM scope s WHERE ${surveyUnansweredSql('s')}
       UNION ALL
       SELECT 'diagnostic-not-scheduled', s."id", s."commune_nis", s."stage_entered_at" + make_interval(days => ${diagnosticDays}), NULL, NULL, NULL, NULL
         FROM scope s WHERE s."stage" = 'diagnostic_requested'
          AND NOT EXISTS (SELECT 1 FROM "activity" a WHERE a."engagement_id" = s."id" AND a."type" = 'diagnostic' AND a."scheduled_at" IS NOT NULL)
       UNION ALL
       SELECT 'activity-overdue', s."id", s."commune_nis", a."scheduled_at", a."id", a."type", a."subject", a."scheduled_at"
         FROM scope s JOIN "activity" a ON a."engagement_id" = s."id"
        WHERE a."scheduled_at" IS NOT NULL AND a."completed_at" IS NULL
     ),
     ranked AS (SELECT *, row_number() OVER (PARTITION BY "kind" ORDER BY "since", "commune_nis", "activity_at") AS rank FROM candidate)`;
  const lateParams = [...params, delays.surveyDays, delays.diagnosticDays];
  const [instants, first] = await Promise.all([
    manager.query<{ kind: LateKind; since: number[] }[]>(
      `${candidates} SELECT "kind", array_agg(EXTRACT(EPOCH FROM "since")::float8 * 1000 ORDER BY "rank") AS since FROM ranked GROUP BY "kind"`,
      lateParams,
    ),
    manager.query<CandidateRow[]>(
      `${candidates}
       SELECT r."kind", r."engagement_id", c."nis", c."name", EXTRACT(EPOCH FROM r."since")::float8 * 1000 AS since_ms,
              r."activity_id", r."activity_type", r."activity_subject", r."activity_at"
         FROM ranked r JOIN "commune" c ON c."nis" = r."commune_nis"
        WHERE r."rank" <= ${LATE_ITEMS_SHOWN}
        ORDER BY r."kind", r."rank"`,
      lateParams,
    ),
  ]);
  return Object.fromEntries(
    LATE_KINDS.map((kind) => [
      kind,
      {
        since: Float64Array.from(instants.find((row) => row.kind === kind)?.since ?? []),
        first: first.filter((row) => row.kind === kind).map(toCandidate),
      },
    ]),
  ) as StatsSnapshot['late'];
}

function toCandidate(row: CandidateRow): LateCandidate {
  const activity: LateItem['activity'] =
    row.activity_id && row.activity_type && row.activity_subject && row.activity_at
      ? { id: row.activity_id, type: row.activity_type, subject: row.activity_subject, scheduledAt: row.activity_at.toISOString() }
      : null;
  const since = Number(row.since_ms);
  return { engagementId: row.engagement_id, commune: { nis: row.nis, name: row.name }, since, sinceDay: brusselsDayNumber(new Date(Math.floor(since))), activity };
}
