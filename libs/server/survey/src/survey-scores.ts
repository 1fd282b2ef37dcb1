import { Injectable } from '@nestjs/common';
import type { MaturityScore } from '@bep/contracts';
import { scoreAnswers, type Answers, type MaturityScores, type Questionnaire } from '@bep/domain';
import type { EntityManager } from 'typeorm';
import { SurveyCatalogue } from './survey-catalogue';

interface ScoreRow {
  model_id: string;
  dimensions: Record<string, number | null>;
  overall: number | null;
  computed_at: Date;
}

/** A computation's result, as the submission's audit entry names it. */
export interface StoredScores {
  model: { code: string; version: number };
  scores: MaturityScores;
}

/**
 * The maturity scores of an engagement's answers: computed at submission by the latest scoring
 * model of the questionnaire version, and stored with that model's version; a row per model
 * version, so that scoring again with a new model keeps the old scores.
 */
@Injectable()
export class SurveyScores {
  constructor(private readonly catalogue: SurveyCatalogue) {}

  /** Scores the answers and stores them (again, for the same model version), in the caller's transaction; null when the questionnaire has no model. */
  async store(manager: EntityManager, engagementId: string, questionnaireVersionId: string, questionnaire: Questionnaire, answers: Answers, at: Date): Promise<StoredScores | null> {
    const latest = await this.catalogue.latestModel(questionnaireVersionId);
    if (!latest) return null;
    const scores = scoreAnswers(latest.model, questionnaire, answers);
    const dimensions = Object.fromEntries(scores.dimensions.map(({ dimension, score }) => [dimension, score]));
    await manager.query(
      `INSERT INTO "maturity_score" ("engagement_id", "scoring_model_version_id", "dimensions", "overall", "computed_at") VALUES ($1, $2, $3::jsonb, $4, $5)
       ON CONFLICT ("engagement_id", "scoring_model_version_id") DO UPDATE SET "dimensions" = EXCLUDED."dimensions", "overall" = EXCLUDED."overall", "computed_at" = EXCLUDED."computed_at"`,
      [engagementId, latest.id, JSON.stringify(dimensions), scores.overall, at],
    );
    return { model: { code: latest.model.code, version: latest.model.version }, scores };
  }

  /** Every score of the engagement, the latest model version first, each dimension named by its model. */
  async read(manager: EntityManager, engagementId: string): Promise<MaturityScore[]> {
    const rows = await manager.query<ScoreRow[]>(
      `SELECT s."scoring_model_version_id" AS model_id, s."dimensions", s."overall", s."computed_at"
         FROM "maturity_score" s JOIN "scoring_model_version" m ON m."id" = s."scoring_model_version_id"
        WHERE s."engagement_id" = $1 ORDER BY m."code", m."version" DESC`,
      [engagementId],
    );
    return Promise.all(
      rows.map(async (row) => {
        const model = await this.catalogue.model(row.model_id);
        return {
          model: { code: model.code, version: model.version },
          dimensions: model.dimensions.map(({ id, label }) => ({ id, label, score: row.dimensions[id] ?? null })),
          overall: row.overall,
          computedAt: row.computed_at.toISOString(),
        };
      }),
    );
  }
}
