import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUser } from '@bep/contracts';
import { engagementActor, type Answers, type Questionnaire, type ScoringModel } from '@bep/domain';
import type { DataSource } from 'typeorm';
import { allAnswersSql } from '../section-rows';
import { SurveyCatalogue } from '../survey-catalogue';

/** A commune's submitted questionnaire scored by the view's model, with its answers (every section's, merged). */
export interface ScoredResponse {
  engagementId: string;
  nis: string;
  name: string;
  submittedAt: Date;
  submittedVia: 'link' | 'manager';
  overall: number | null;
  dimensions: Record<string, number | null>;
  answers: Answers;
}

/** What the province's view and exports are computed from. */
export interface ProvinceResponses {
  campaign: { id: string; name: string };
  /** Null when the campaign has no online questionnaire, or its questionnaire no scoring model. */
  scoring: { questionnaire: Questionnaire; model: ScoringModel } | null;
  /** The communes of the campaign in the reader's scope. */
  engaged: number;
  /** In the reader's scope, by commune name. */
  responses: ScoredResponse[];
  /** Every commune's scores, whatever the scope: the province's medians name no commune. */
  provinceScores: { overall: number | null; dimensions: Record<string, number | null> }[];
}

/** The 404 of a view or export of a campaign that does not exist (or of no current campaign). */
export function noSuchCampaign(campaignId: string | undefined): NotFoundException {
  return new NotFoundException(campaignId ? `No campaign ${campaignId}.` : 'No campaign is current.');
}

interface ResponseRow extends ScoredResponse {
  team: string[];
}

/**
 * Reads the submitted questionnaires of a campaign scored by the latest scoring model of its
 * questionnaire (a score kept from an older model is not mixed in), in the reader's scope: every
 * engagement for a manager, those of their team for a consultant (`engagementActor`, the rule of
 * every engagement read).
 */
@Injectable()
export class MaturityReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: SurveyCatalogue,
  ) {}

  async read(campaignId: string | undefined, viewer: CurrentUser): Promise<ProvinceResponses> {
    const manager = this.dataSource.manager;
    const [campaign] = await manager.query<{ id: string; name: string; questionnaire_version_id: string | null }[]>(
      `SELECT "id", "name", "questionnaire_version_id" FROM "campaign" WHERE ${campaignId ? '"id" = $1' : '"is_current"'}`,
      campaignId ? [campaignId] : [],
    );
    if (!campaign) throw noSuchCampaign(campaignId);
    const inScope = (team: readonly string[]) => engagementActor(viewer, team) !== null;
    const teams = await manager.query<{ team: string[] }[]>(
      `SELECT ARRAY(SELECT a."consultant_id" FROM "engagement_assignment" a WHERE a."engagement_id" = e."id") AS team FROM "engagement" e WHERE e."campaign_id" = $1`,
      [campaign.id],
    );
    const latest = campaign.questionnaire_version_id ? await this.catalogue.latestModel(campaign.questionnaire_version_id) : null;
    const base = { campaign: { id: campaign.id, name: campaign.name }, engaged: teams.filter((row) => inScope(row.team)).length };
    if (!latest || !campaign.questionnaire_version_id) return { ...base, scoring: null, responses: [], provinceScores: [] };
    const rows = await manager.query<ResponseRow[]>(
      `SELECT e."id" AS "engagementId", m."nis", m."name", r."submitted_at" AS "submittedAt", r."submitted_via" AS "submittedVia",
              s."overall", s."dimensions",
              ARRAY(SELECT a."consultant_id" FROM "engagement_assignment" a WHERE a."engagement_id" = e."id") AS team,
              ${allAnswersSql('e."id"')} AS answers
         FROM "engagement" e
         JOIN "commune" m ON m."nis" = e."commune_nis"
         JOIN "survey_response" r ON r."engagement_id" = e."id" AND r."submitted_at" IS NOT NULL
         JOIN "maturity_score" s ON s."engagement_id" = e."id" AND s."scoring_model_version_id" = $2
        WHERE e."campaign_id" = $1`,
      [campaign.id, latest.id],
    );
    const byName = (a: ResponseRow, b: ResponseRow) => a.name.localeCompare(b.name, 'fr') || a.nis.localeCompare(b.nis);
    return {
      ...base,
      scoring: { questionnaire: await this.catalogue.questionnaire(campaign.questionnaire_version_id), model: latest.model },
      responses: rows
        .filter((row) => inScope(row.team))
        .sort(byName)
        .map(({ engagementId, nis, name, submittedAt, submittedVia, overall, dimensions, answers }) => ({ engagementId, nis, name, submittedAt, submittedVia, overall, dimensions, answers })),
      provinceScores: rows.map(({ overall, dimensions }) => ({ overall, dimensions })),
    };
  }
}
