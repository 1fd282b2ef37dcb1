import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EngagementMaturity, CurrentUser, MaturityFigure } from '@bep/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { CampaignRevisionCache, preparedQuery } from '@bep/server/core/database';
import { readableSurveyContext } from './survey-access';
import { SurveyCatalogue } from './survey-catalogue';

type Figures = Record<string, number | null>;

interface LatestRow {
  model_id: string;
  code: string;
  version: number;
  dimensions: Figures;
  overall: number | null;
  computed_at: Date;
}

interface MedianRow {
  communes: number;
  dimensions: Figures;
  overall: number | null;
}

interface EarlierRow {
  campaign: string;
  dimensions: Figures;
  overall: number | null;
}

const NO_FIGURE: MaturityFigure = { score: null, median: null, earlier: null };

/** Campaign and model combinations whose medians are kept per process. */
const MEDIANS_KEPT = 64;

/**
 * Where a commune's maturity stands: its scores by the model in force, the province's median over the same
 * campaign's submitted answers scored by the same model version (every commune of a campaign is
 * one of BEP's province), and its own scores in the most recent earlier campaign scored by the same
 * model (by code: a later version keeps the dimensions' ids), from which its page shows how each
 * dimension moved. The province's medians are computed once per campaign revision and model and
 * kept (`CampaignRevisionCache`): every commune page of a campaign of 35,000 shares them.
 */
@Injectable()
export class EngagementMaturities {
  readonly #medians = new CampaignRevisionCache<MedianRow>(MEDIANS_KEPT);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: SurveyCatalogue,
  ) {}

  async read(engagementId: string, viewer: CurrentUser): Promise<EngagementMaturity> {
    await readableSurveyContext(this.dataSource.manager, engagementId, viewer);
    return this.of(engagementId);
  }

  /**
   * The engagement's maturity, for a reader already allowed to see it. Read outside any
   * transaction: a median kept under a revision must be one that committed.
   */
  async of(engagementId: string): Promise<EngagementMaturity> {
    const manager = this.dataSource.manager;
    const latest = await latestScores(manager, this.catalogue, engagementId);
    if (!latest) return { model: null, computedAt: null, dimensions: [], overall: NO_FIGURE, medianCommunes: 0, earlierCampaign: null };
    const model = await this.catalogue.model(latest.model_id);
    const [campaign] = await preparedQuery<{ id: string; revision: string }>(
      manager,
      `SELECT r."campaign_id" AS id, r."revision" FROM "engagement" e JOIN "campaign_revision" r ON r."campaign_id" = e."campaign_id" WHERE e."id" = $1`,
      [engagementId],
    );
    const median = () => provinceMedian(manager, engagementId, latest.model_id);
    const peers = await this.#medians.readFor(campaign ?? null, latest.model_id, median);
    const earlier = await earlierScores(manager, engagementId, latest.code);
    // The commune alone is no comparison: its median would be its own score.
    const figure = (score: number | null, median: number | null | undefined, earlierScore: number | null | undefined): MaturityFigure => ({
      score,
      median: peers.communes > 1 ? (median ?? null) : null,
      earlier: earlierScore ?? null,
    });
    return {
      model: { code: latest.code, version: latest.version },
      computedAt: latest.computed_at.toISOString(),
      dimensions: model.dimensions.map(({ id, label }) => ({ id, label, ...figure(latest.dimensions[id] ?? null, peers.dimensions[id], earlier?.dimensions[id]) })),
      overall: figure(latest.overall, peers.overall, earlier?.overall),
      medianCommunes: peers.communes,
      earlierCampaign: earlier ? { name: earlier.campaign } : null,
    };
  }
}

/**
 * The engagement's scores by the scoring model in force for the questionnaire version its answers
 * were given to (the one the province's view compares communes by); null before any.
 */
async function latestScores(manager: EntityManager, catalogue: SurveyCatalogue, engagementId: string): Promise<LatestRow | null> {
  const [response] = await preparedQuery<{ questionnaire_version_id: string }>(manager, `SELECT "questionnaire_version_id" FROM "survey_response" WHERE "engagement_id" = $1`, [engagementId]);
  const inForce = response ? await catalogue.latestModel(response.questionnaire_version_id) : null;
  if (!inForce) return null;
  const [row] = await preparedQuery<LatestRow>(
    manager,
    `SELECT s."scoring_model_version_id" AS model_id, m."code", m."version", s."dimensions", s."overall", s."computed_at"
       FROM "maturity_score" s JOIN "scoring_model_version" m ON m."id" = s."scoring_model_version_id"
      WHERE s."engagement_id" = $1 AND s."scoring_model_version_id" = $2`,
    [engagementId, inForce.id],
  );
  return row ?? null;
}

/**
 * The median (`percentile_cont`, one decimal) of each dimension and of the overall index over the
 * submitted answers of the engagement's campaign scored by the model version; a dimension a
 * commune had no score for leaves that commune out of its median.
 */
async function provinceMedian(manager: EntityManager, engagementId: string, modelId: string): Promise<MedianRow> {
  const [row] = await manager.query<MedianRow[]>(
    `WITH peers AS (
       SELECT s."dimensions", s."overall" FROM "maturity_score" s
         JOIN "engagement" e ON e."id" = s."engagement_id"
         JOIN "survey_response" r ON r."engagement_id" = e."id" AND r."submitted_at" IS NOT NULL
        WHERE e."campaign_id" = (SELECT "campaign_id" FROM "engagement" WHERE "id" = $1) AND s."scoring_model_version_id" = $2)
     SELECT (SELECT count(*) FROM peers)::int AS communes,
            (SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY "overall")::numeric, 1)::float8 FROM peers) AS overall,
            (SELECT coalesce(jsonb_object_agg(d."key", d."median"), '{}'::jsonb) FROM (
               SELECT f."key", round(percentile_cont(0.5) WITHIN GROUP (ORDER BY f."value"::numeric)::numeric, 1)::float8 AS median
                 FROM peers, jsonb_each_text(peers."dimensions") f GROUP BY f."key") d) AS dimensions`,
    [engagementId, modelId],
  );
  return row as MedianRow;
}

/** The same commune's scores in the most recent campaign started before the engagement's, by the model's latest version then. */
async function earlierScores(manager: EntityManager, engagementId: string, modelCode: string): Promise<EarlierRow | null> {
  const [row] = await preparedQuery<EarlierRow>(
    manager,
    `SELECT c."name" AS campaign, s."dimensions", s."overall"
       FROM "engagement" current
       JOIN "campaign" cc ON cc."id" = current."campaign_id"
       JOIN "engagement" e ON e."commune_nis" = current."commune_nis"
       JOIN "campaign" c ON c."id" = e."campaign_id" AND c."starts_on" < cc."starts_on"
       JOIN "maturity_score" s ON s."engagement_id" = e."id"
       JOIN "scoring_model_version" m ON m."id" = s."scoring_model_version_id" AND m."code" = $2
      WHERE current."id" = $1
      ORDER BY c."starts_on" DESC, m."version" DESC LIMIT 1`,
    [engagementId, modelCode],
  );
  return row ?? null;
}
