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

export interface CatalogueRow {
  id: string;
  definition: unknown;
  created_at: Date;
}

export interface ModelRow extends CatalogueRow {
  version: number;
  questionnaire_version_id: string;
}

/**
 * The questionnaire and scoring-model versions, as the database holds them. At the API's start it
 * writes the repository's versions that are missing (`syncSurveyCatalogue`: an unsound or edited
 * version stops the start), then keeps every version in memory: a version never changes once
 * written, and the reads come from inside the saves' and submissions' transactions, which must not
 * ask the pool for a second connection (ten submissions at once would then wait for each other's
 * connections for ever). A version another process wrote since is read once, outside any lock.
 */
@Injectable()
export class SurveyCatalogue implements OnModuleInit {
  private readonly logger = new Logger(SurveyCatalogue.name);
  private questionnaires = new Map<string, Questionnaire>();
  private models: ModelRow[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.dataSource.transaction((manager) => syncSurveyCatalogue(manager, this.clock.now()));
    await this.load();
    this.logger.log('Survey catalogue up to date');
  }

  async questionnaire(versionId: string): Promise<Questionnaire> {
    return this.questionnaires.get(versionId) ?? (await this.reloadFor(() => this.questionnaires.get(versionId), `questionnaire_version ${versionId}`));
  }

  async model(versionId: string): Promise<ScoringModel> {
    const modelOf = () => this.models.find((row) => row.id === versionId)?.definition as ScoringModel | undefined;
    return modelOf() ?? (await this.reloadFor(modelOf, `scoring_model_version ${versionId}`));
  }

  /** Every stored scoring model version, with the questionnaire version it scores. */
  allModels(): (StoredModel & { questionnaireVersionId: string })[] {
    return this.models.map((row) => ({ id: row.id, model: row.definition as ScoringModel, questionnaireVersionId: row.questionnaire_version_id }));
  }

  /** The scoring model in force for a questionnaire version (`modelInForce`), or null when it has none. */
  async latestModel(questionnaireVersionId: string): Promise<StoredModel | null> {
    const latest = modelInForce(this.models, questionnaireVersionId);
    return latest ? { id: latest.id, model: latest.definition as ScoringModel } : null;
  }

  private async load(): Promise<void> {
    const [questionnaires, models] = await Promise.all([
      this.dataSource.query<CatalogueRow[]>(`SELECT "id", "definition", "created_at" FROM "questionnaire_version"`),
      this.dataSource.query<ModelRow[]>(`SELECT "id", "definition", "created_at", "version", "questionnaire_version_id" FROM "scoring_model_version"`),
    ]);
    this.questionnaires = new Map(questionnaires.map((row) => [row.id, row.definition as Questionnaire]));
    this.models = models;
  }

  /** Reads the catalogue again for a version this process has not seen (written by a newer one). */
  private async reloadFor<T>(find: () => T | undefined, what: string): Promise<T> {
    await this.load();
    const found = find();
    if (found === undefined) throw new Error(`No ${what}`);
    return found;
  }
}

/**
 * The scoring model in force among the stored ones for a questionnaire version: the one written
 * last, since a new model (another code) or a new version of one is released to replace the one
 * before; among those written together, the highest version. Versions of two different codes are
 * never compared by their numbers alone.
 */
export function modelInForce(models: readonly ModelRow[], questionnaireVersionId: string): ModelRow | undefined {
  return models
    .filter((row) => row.questionnaire_version_id === questionnaireVersionId)
    .sort((a, b) => b.created_at.getTime() - a.created_at.getTime() || b.version - a.version || a.id.localeCompare(b.id))[0];
}
