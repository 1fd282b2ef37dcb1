/**
 * The synthetic campaign's questionnaires: every engagement that went past *questionnaire envoyé*
 * submitted it (through its link, the day it moved on) with answers to the questions the province's
 * view counts (obstacles, fears, themes with a project), scored by the latest model of the demo's
 * questionnaire with a score per dimension. Drawn from the session's seed, so two runs load the same.
 */
import type { Client } from 'pg';

const OBSTACLES = ['budget', 'personnel', 'temps', 'competences'];
const FEARS = ['cyberattaque', 'couts'];
const THEMES = ['mobilite', 'securite', 'environnement-energie', 'participation-citoyenne'];
const THEME_STAGES = ['envisage', 'en-preparation', 'en-cours', 'realise'];

/** In the caller's transaction, after the engagements and their history. */
export async function insertSyntheticAnswers(client: Client, campaignId: string): Promise<void> {
  await client.query(`UPDATE "campaign" SET "questionnaire_version_id" = (SELECT "questionnaire_version_id" FROM "campaign" WHERE "is_current") WHERE "id" = $1`, [campaignId]);
  await client.query(
    `INSERT INTO "survey_response" ("engagement_id", "questionnaire_version_id", "started_at", "submitted_at", "submitted_via")
     SELECT e."id", c."questionnaire_version_id", h."changed_at" - interval '2 days', h."changed_at", 'link'
       FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id"
       JOIN "stage_change" h ON h."engagement_id" = e."id" AND h."to_stage" = 'survey_answered'
      WHERE e."campaign_id" = $1 AND c."questionnaire_version_id" IS NOT NULL`,
    [campaignId],
  );
  // Each option cited by a share of the communes; "r.engagement_id IS NOT NULL" ties every draw to its row.
  await client.query(
    `INSERT INTO "survey_section_answers" ("engagement_id", "section_id", "answers", "revision", "updated_at")
     SELECT r."engagement_id", 'freins',
            jsonb_build_object(
              'freins-obstacles', COALESCE((SELECT jsonb_agg(o) FROM unnest($2::text[]) o WHERE random() < 0.45 AND r."engagement_id" IS NOT NULL), '[]'),
              'freins-craintes', COALESCE((SELECT jsonb_agg(f) FROM unnest($3::text[]) f WHERE random() < 0.5 AND r."engagement_id" IS NOT NULL), '[]'),
              'projets-themes', COALESCE((SELECT jsonb_object_agg(t, ($5::text[])[1 + floor(random() * cardinality($5::text[]))::int])
                                            FROM unnest($4::text[]) t WHERE random() < 0.5 AND r."engagement_id" IS NOT NULL), '{}')),
            1, r."submitted_at"
       FROM "survey_response" r JOIN "engagement" e ON e."id" = r."engagement_id"
      WHERE e."campaign_id" = $1`,
    [campaignId, OBSTACLES, FEARS, THEMES, THEME_STAGES],
  );
  await client.query(
    `WITH model AS (
       SELECT s."id", s."definition" FROM "scoring_model_version" s
        WHERE s."questionnaire_version_id" = (SELECT "questionnaire_version_id" FROM "campaign" WHERE "id" = $1)
        ORDER BY s."version" DESC LIMIT 1)
     INSERT INTO "maturity_score" ("engagement_id", "scoring_model_version_id", "dimensions", "overall", "computed_at")
     SELECT r."engagement_id", model."id", d."scores", (SELECT round(avg(v::int))::int FROM jsonb_each_text(d."scores") AS x(k, v)), r."submitted_at"
       FROM "survey_response" r JOIN "engagement" e ON e."id" = r."engagement_id" CROSS JOIN model
       CROSS JOIN LATERAL (SELECT jsonb_object_agg(dim, floor(random() * 101)::int) AS scores
                             FROM jsonb_array_elements_text(jsonb_path_query_array(model."definition", '$.dimensions[*].id')) dim
                            WHERE r."engagement_id" IS NOT NULL) d
      WHERE e."campaign_id" = $1`,
    [campaignId],
  );
}
