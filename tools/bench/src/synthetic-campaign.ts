/**
 * A campaign the size of all French communes (35,000 engagements by default), written in a few
 * set-based statements: synthetic communes (NIS codes from 10000 up, clear of Namur's 91xxx-93xxx),
 * a campaign that is not the current one, engagements spread over every stage with the stage
 * history that led there, a lead consultant (plus a second consultant later on) taken from the
 * demo consultants, the questionnaires submitted and scored (synthetic-answers.ts), the reminders
 * sent and scheduled (synthetic-reminders.ts) and a quarter of the engagements billed. The spread
 * is fixed by a seed, so two runs load the same data.
 */
import { PIPELINE_STAGES, type Stage } from '@bep/domain';
import type { Client } from 'pg';
import { insertIssuedInvoices } from './billing/issued-invoices';
import { insertSyntheticAnswers } from './synthetic-answers';
import { insertSyntheticReminders } from './synthetic-reminders';

export const SYNTHETIC_NIS_FROM = 10_000;
const SYNTHETIC_ARRONDISSEMENTS = 8;

/** The questionnaire leaves on Monday 8 January 2024 at 09:00 Brussels time. */
const STARTS_AT = '2024-01-08T08:00:00Z';

/**
 * The instant the benchmark's processes start their calendar at (CLOCK_START), the tests' Tuesday:
 * the demo campaign is laid out from it ("Radioscopie numérique 2026", questionnaire of 23 February
 * 2026) and the days in stage and late items are counted up to it, after every synthetic move, so
 * that two runs measure the same data and the same answers whatever the day they run.
 */
export const BENCH_CLOCK_START = '2026-03-17T10:00:00+01:00';

export interface StageShare {
  stage: Stage;
  /** Share of the engagements at this stage. */
  share: number;
  /** The stages the engagement went through, this one last. */
  path: Stage[];
}

/** Most communes are early in the pipeline; a tenth closed. The shares add up to 1. */
export const STAGE_MIX: readonly StageShare[] = [
  ...([0.3, 0.25, 0.17, 0.12, 0.06] as const).map((share, index) => ({
    stage: PIPELINE_STAGES[index] as Stage,
    share,
    path: PIPELINE_STAGES.slice(0, index + 1) as Stage[],
  })),
  { stage: 'declined', share: 0.06, path: ['survey_sent', 'survey_answered', 'declined'] },
  { stage: 'withdrawn', share: 0.04, path: ['survey_sent', 'withdrawn'] },
];

/** Engagements at these stages have a lead consultant; from the workshop on, a second consultant too. */
const LED_FROM: Stage = 'diagnostic_requested';
const PAIRED_FROM: Stage = 'workshop_held';

/** The mix as SQL reads it: each stage with the upper bound of its slice of [0, 1). */
export function cumulativeMix(mix: readonly StageShare[] = STAGE_MIX): { stage: Stage; upto: number; path: Stage[] }[] {
  const total = mix.reduce((sum, entry) => sum + entry.share, 0);
  let upto = 0;
  return mix.map((entry, index) => {
    upto += entry.share / total;
    // The last bound is exactly 1, so that no random() value in [0, 1) falls outside.
    return { stage: entry.stage, upto: index === mix.length - 1 ? 1 : upto, path: entry.path };
  });
}

/** Stages from `from` on along the main path. */
function stagesFrom(from: Stage): Stage[] {
  return PIPELINE_STAGES.slice(PIPELINE_STAGES.indexOf(from as (typeof PIPELINE_STAGES)[number]));
}

/**
 * `count` synthetic communes with NIS codes from `firstNis` (10000 by default) up, in the caller's
 * transaction: skewed towards villages, spread over a few arrondissements, all eligible.
 */
export async function insertSyntheticCommunes(client: Client, count: number, firstNis = SYNTHETIC_NIS_FROM): Promise<void> {
  await client.query(
    `INSERT INTO "commune" ("nis", "name", "arrondissement", "postal_code", "population", "population_date", "latitude", "longitude", "eligible")
     SELECT lpad(n::text, 5, '0'),
            'Commune synthétique ' || n,
            'Arrondissement synthétique ' || (1 + n % $3::int),
            lpad((1000 + n % 9000)::text, 4, '0'),
            -- Skewed towards villages: median about 400 inhabitants, a few cities up to 200,000.
            round(50 * exp(power(random(), 2) * ln(4000)))::int,
            DATE '2020-01-01',
            42.5 + random() * 8.5,
            -4.5 + random() * 12.5,
            true
       FROM generate_series($1::int, $2::int) AS n`,
    [firstNis, firstNis + count - 1, SYNTHETIC_ARRONDISSEMENTS],
  );
}

/** How many invoices a campaign of `engagements` has in the benchmark: a quarter of them billed. */
export function billedCount(engagements: number): number {
  return Math.ceil(engagements / 4);
}

/**
 * Loads a synthetic campaign of `engagements` communes in one transaction, its communes numbered
 * from `firstNis` (several campaigns side by side take ranges that do not overlap), and returns its id.
 */
export async function insertSyntheticCampaign(client: Client, engagements: number, firstNis = SYNTHETIC_NIS_FROM): Promise<string> {
  const first = firstNis;
  const last = firstNis + engagements - 1;
  const mix = JSON.stringify(cumulativeMix());
  await client.query('BEGIN');
  try {
    await client.query('SELECT setseed(0.2019)');
    await insertSyntheticCommunes(client, engagements, firstNis);
    const campaign = await client.query<{ id: string }>(
      `INSERT INTO "campaign" ("name", "starts_on", "ends_on", "deadline", "is_current", "diagnostic_price_cents", "diagnostic_bep_share_bp", "budget_cents")
       VALUES ($1, DATE '2024-01-08', DATE '2024-12-31', DATE '2024-12-31', false, 500000, 5000, $2)
       RETURNING "id"`,
      [`Synthétique de ${engagements} communes (benchmark)`, String(engagements * 250_000)],
    );
    const campaignId = campaign.rows[0]?.id;
    if (!campaignId) {
      throw new Error('The synthetic campaign was not created');
    }
    // Each engagement draws its stage from the mix; every step along its path took 10 to 31 days.
    await client.query(
      `WITH mix AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS m("stage" text, "upto" float8, "path" text[])),
            drawn AS (SELECT lpad(n::text, 5, '0') AS nis, random() AS r, random() AS pace FROM generate_series($3::int, $4::int) AS n)
       INSERT INTO "engagement" ("campaign_id", "commune_nis", "stage", "stage_entered_at", "version")
       SELECT $1, d.nis, m."stage", $5::timestamptz + (cardinality(m."path") - 1) * interval '1 day' * (10 + 21 * d.pace), 1
         FROM drawn d
         CROSS JOIN LATERAL (SELECT * FROM mix WHERE mix."upto" > d.r ORDER BY mix."upto" LIMIT 1) m`,
      [campaignId, mix, first, last, STARTS_AT],
    );
    // The history: one row per step, spread evenly from the start to the day the current stage began.
    await client.query(
      `WITH mix AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS m("stage" text, "upto" float8, "path" text[]))
       INSERT INTO "stage_change" ("engagement_id", "from_stage", "to_stage", "changed_at", "changed_by", "note")
       SELECT e."id",
              CASE WHEN s.step = 1 THEN NULL ELSE m."path"[s.step - 1] END,
              m."path"[s.step],
              CASE WHEN cardinality(m."path") = 1 THEN e."stage_entered_at"
                   ELSE $3::timestamptz + (e."stage_entered_at" - $3::timestamptz) * ((s.step - 1)::float8 / (cardinality(m."path") - 1)) END,
              NULL,
              CASE WHEN m."path"[s.step] = ANY($4::text[]) THEN 'Clôturé (données synthétiques)' END
         FROM "engagement" e
         JOIN mix m ON m."stage" = e."stage"
         CROSS JOIN LATERAL generate_series(1, cardinality(m."path")) AS s(step)
        WHERE e."campaign_id" = $1`,
      [campaignId, mix, STARTS_AT, ['declined', 'withdrawn']],
    );
    // Consultants in turn: one lead each, and a second consultant from the workshop on.
    await client.query(
      `WITH team AS (SELECT array_agg("id" ORDER BY "email") AS ids FROM "consultant" WHERE "active"),
            led AS (
              SELECT e."id", e."stage", row_number() OVER (ORDER BY e."commune_nis") AS k
                FROM "engagement" e
               WHERE e."campaign_id" = $1 AND e."stage" = ANY($2::text[])
            )
       INSERT INTO "engagement_assignment" ("engagement_id", "consultant_id", "is_lead")
       SELECT led."id", team.ids[1 + led.k % cardinality(team.ids)], true FROM led, team WHERE cardinality(team.ids) > 0
       UNION ALL
       SELECT led."id", team.ids[1 + (led.k + 1) % cardinality(team.ids)], false FROM led, team
        WHERE cardinality(team.ids) > 1 AND led."stage" = ANY($3::text[])`,
      [campaignId, stagesFrom(LED_FROM), stagesFrom(PAIRED_FROM)],
    );
    // Atelier tenu bills the commune once its work is done: every engagement that entered it had its
    // diagnostic and a workshop recorded as done in the days before, as the stage rules require.
    await client.query(
      `INSERT INTO "activity" ("engagement_id", "type", "subject", "scheduled_at", "duration_minutes", "completed_at")
       SELECT s."engagement_id", w."type", w."subject", s."changed_at" - w."before", 180, s."changed_at" - w."before" + interval '3 hours'
         FROM "stage_change" s JOIN "engagement" e ON e."id" = s."engagement_id"
         CROSS JOIN (VALUES ('diagnostic', 'Diagnostic (données synthétiques)', interval '7 days'),
                            ('workshop', 'Atelier (données synthétiques)', interval '1 day')) AS w("type", "subject", "before")
        WHERE e."campaign_id" = $1 AND s."to_stage" = 'workshop_held'`,
      [campaignId],
    );
    await insertSyntheticAnswers(client, campaignId);
    await insertSyntheticReminders(client, campaignId, STARTS_AT);
    // Numbered from the campaign's first NIS code: the ranges of several campaigns stay apart.
    await insertIssuedInvoices(client, firstNis, billedCount(engagements), campaignId);
    await client.query('COMMIT');
    // Fresh statistics, as a database that has been running for a while would have.
    await client.query(
      'ANALYZE "commune", "engagement", "stage_change", "engagement_assignment", "activity", "survey_response", "survey_section_answers", "maturity_score", "reminder", "invoice"',
    );
    return campaignId;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
