import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MaturityScore } from '@bep/contracts';
import { scoreAnswers, type Answers, type MaturityScores, type Questionnaire } from '@bep/domain';
import { Clock } from '@bep/server/core/clock';
import type { DataSource, EntityManager } from 'typeorm';
import { allAnswersSql } from './section-rows';
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

interface UnscoredRow {
  engagement_id: string;
  answers: Answers;
}

/**
 * The maturity scores of an engagement's answers: computed at submission by the scoring model in
 * force for the questionnaire version (`SurveyCatalogue.latestModel`), and stored with that model's
 * version; a row per model version, so that scoring again with a new model keeps the old scores.
 * When the API starts, the submitted answers that a model version has not scored yet (a model
 * released since they were submitted) are scored by it, so that every view compares communes by
 * the model in force.
 */
@Injectable()
export class SurveyScores implements OnApplicationBootstrap {
  private readonly logger = new Logger(SurveyScores.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: SurveyCatalogue,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const scored = await this.dataSource.transaction((manager) => this.scoreUnscored(manager, this.clock.now()));
    if (scored > 0) this.logger.log(`Scored ${scored} submitted questionnaire(s) by a scoring model released since`);
  }

  /** Scores the answers by the model in force and stores them (again, for the same model version), in the caller's transaction; null when the questionnaire has no model. */
  async store(manager: EntityManager, engagementId: string, questionnaireVersionId: string, questionnaire: Questionnaire, answers: Answers, at: Date): Promise<StoredScores | null> {
    const latest = await this.catalogue.latestModel(questionnaireVersionId);
    if (!latest) return null;
    const scores = scoreAnswers(latest.model, questionnaire, answers);
    await writeScores(manager, engagementId, latest.id, scores, at);
    return { model: { code: latest.model.code, version: latest.model.version }, scores };
  }

  /**
   * Scores, by every model version, the submitted answers of its questionnaire version it has not
   * scored yet; answers how many scores it wrote. The scores already stored stay as they are.
   */
  async scoreUnscored(manager: EntityManager, at: Date): Promise<number> {
    let written = 0;
    for (const { id, model, questionnaireVersionId } of this.catalogue.allModels()) {
      const unscored = await manager.query<UnscoredRow[]>(
        `SELECT r."engagement_id", ${allAnswersSql('r."engagement_id"')} AS answers
           FROM "survey_response" r
          WHERE r."questionnaire_version_id" = $1 AND r."submitted_at" IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM "maturity_score" s WHERE s."engagement_id" = r."engagement_id" AND s."scoring_model_version_id" = $2)`,
        [questionnaireVersionId, id],
      );
      if (unscored.length === 0) continue;
      const questionnaire = await this.catalogue.questionnaire(questionnaireVersionId);
      for (const row of unscored) {
        await writeScores(manager, row.engagement_id, id, scoreAnswers(model, questionnaire, row.answers), at);
      }
      written += unscored.length;
    }
    return written;
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

async function writeScores(manager: EntityManager, engagementId: string, modelId: string, scores: MaturityScores, at: Date): Promise<void> {
  const dimensions = Object.fromEntries(scores.dimensions.map(({ dimension, score }) => [dimension, score]));
  await manager.query(
    `INSERT INTO "maturity_score" ("engagement_id", "scoring_model_version_id", "dimensions", "overall", "computed_at") VALUES ($1, $2, $3::jsonb, $4, $5)
     ON CONFLICT ("engagement_id", "scoring_model_version_id") DO UPDATE SET "dimensions" = EXCLUDED."dimensions", "overall" = EXCLUDED."overall", "computed_at" = EXCLUDED."computed_at"`,
    [engagementId, modelId, JSON.stringify(dimensions), scores.overall, at],
  );
}
