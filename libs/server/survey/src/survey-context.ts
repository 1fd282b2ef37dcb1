import { NotFoundException } from '@nestjs/common';
import type { Stage } from '@bep/domain';
import { preparedQuery } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';

/** An engagement as its questionnaire needs it: whose it is, its campaign, and how far its answers got. */
export interface SurveyContext {
  engagementId: string;
  stage: Stage;
  commune: { nis: string; name: string };
  campaign: {
    name: string;
    /** `YYYY-MM-DD`, the last day (in Brussels) the commune's link opens the form. */
    endsOn: string;
    status: 'open' | 'closed' | 'archived';
    /** Null: the campaign has no online questionnaire. */
    questionnaireVersionId: string | null;
  };
  /** The version the answers were given to, once one was saved (the campaign's at that time). */
  responseVersionId: string | null;
  submittedAt: Date | null;
  submittedVia: 'link' | 'manager' | null;
  /** Consultant ids of the team, for a consultant's scope. */
  team: string[];
}

/**
 * The engagement's questionnaire context, in one query; 404 when there is no such engagement.
 * `lockCampaign`: the campaign's row stays locked in share mode until the transaction ends, so that
 * a change checked against its status cannot commit on a campaign closed or archived meanwhile.
 */
export async function readSurveyContext(manager: EntityManager, engagementId: string, { lockCampaign = false } = {}): Promise<SurveyContext> {
  const [row] = await preparedQuery<SurveyContext>(
    manager,
    `SELECT e."id" AS "engagementId", e."stage",
            json_build_object('nis', m."nis", 'name', m."name") AS commune,
            json_build_object('name', c."name", 'endsOn', to_char(c."ends_on", 'YYYY-MM-DD'), 'status', c."status", 'questionnaireVersionId', c."questionnaire_version_id") AS campaign,
            r."questionnaire_version_id" AS "responseVersionId", r."submitted_at" AS "submittedAt", r."submitted_via" AS "submittedVia",
            ARRAY(SELECT a."consultant_id" FROM "engagement_assignment" a WHERE a."engagement_id" = e."id") AS team
       FROM "engagement" e
       JOIN "campaign" c ON c."id" = e."campaign_id"
       JOIN "commune" m ON m."nis" = e."commune_nis"
       LEFT JOIN "survey_response" r ON r."engagement_id" = e."id"
      WHERE e."id" = $1
      ${lockCampaign ? 'FOR SHARE OF c' : ''}`,
    [engagementId],
  );
  if (!row) {
    throw new NotFoundException(`No engagement ${engagementId}.`);
  }
  return row;
}
