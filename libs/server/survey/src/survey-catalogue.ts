import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Questionnaire, ScoringModel } from '@bep/domain';
import { Clock } from '@bep/server/core/clock';
import { syncSurveyCatalogue } from '@bep/server/core/database';
import type { DataSource } from 'typeorm';

/** A scoring model version as stored, with its id (the key of the scores it computed). */
export interface StoredModel {
  id: string;
  model: ScoringModel;
}

/**
 * The questionnaire and scoring-model versions, as the database holds them. At the API's start it
 * writes the repository's versions that are missing (`syncSurveyCatalogue`: an unsound or edited
 * version stops the start). A version never changes once written, so each is read once and kept.
 */
@Injectable()
export class SurveyCatalogue implements OnModuleInit {
  private readonly logger = new Logger(SurveyCatalogue.name);
  private readonly questionnaires = new Map<string, Promise<unknown>>();
  private readonly models = new Map<string, Promise<unknown>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.dataSource.transaction((manager) => syncSurveyCatalogue(manager, this.clock.now()));
    this.logger.log('Survey catalogue up to date');
  }

  questionnaire(versionId: string): Promise<Questionnaire> {
    return this.definition(this.questionnaires, 'questionnaire_version', versionId) as Promise<Questionnaire>;
  }

  model(versionId: string): Promise<ScoringModel> {
    return this.definition(this.models, 'scoring_model_version', versionId) as Promise<ScoringModel>;
  }

  /** The latest scoring model of a questionnaire version (its highest version), or null when it has none. */
  async latestModel(questionnaireVersionId: string): Promise<StoredModel | null> {
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `SELECT "id" FROM "scoring_model_version" WHERE "questionnaire_version_id" = $1 ORDER BY "version" DESC, "created_at" DESC LIMIT 1`,
      [questionnaireVersionId],
    );
    return row ? { id: row.id, model: await this.model(row.id) } : null;
  }

  private definition(cache: Map<string, Promise<unknown>>, table: 'questionnaire_version' | 'scoring_model_version', id: string): Promise<unknown> {
    let read = cache.get(id);
    if (!read) {
      read = this.dataSource.query<{ definition: unknown }[]>(`SELECT "definition" FROM "${table}" WHERE "id" = $1`, [id]).then(([row]) => {
        if (!row) throw new Error(`No ${table} ${id}`);
        return row.definition;
      });
      // A failed read is not kept: the next call reads again.
      read.catch(() => cache.delete(id));
      cache.set(id, read);
    }
    return read;
  }
}
