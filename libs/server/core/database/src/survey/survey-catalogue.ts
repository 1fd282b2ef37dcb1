import { questionnaireSchema } from '@bep/contracts';
import { questionnaireProblems, RADIOSCOPIE_QUESTIONNAIRE, scoringModelProblems, type Questionnaire, type ScoringModel } from '@bep/domain';
import { QUESTIONNAIRES, SCORING_MODELS } from '@bep/domain/survey-data';
import type { EntityManager } from 'typeorm';

/** The repository's questionnaires or models are unsound, or a released version was edited: nothing may start on them. */
export class SurveyCatalogueError extends Error {}

/** The versions the repository holds, as the catalogue checks and writes them (a test passes its own). */
export interface SurveyDefinitions {
  questionnaires: readonly Questionnaire[];
  models: readonly ScoringModel[];
}

const REPOSITORY: SurveyDefinitions = { questionnaires: QUESTIONNAIRES, models: SCORING_MODELS };

const name = (definition: { code: string; version: number }) => `version ${definition.version} of ${definition.code}`;

/**
 * Writes the questionnaire and scoring-model versions of the repository (`@bep/domain/survey-data`)
 * that the database lacks, in the caller's transaction, and gives the current campaign the latest
 * version of the programme's questionnaire when it has none. Run at the API's start and before the
 * demo is loaded, like reference data, but not as a migration: a new version is a new file, not a
 * schema change. Throws (and so stops the start) when a definition is unsound, or when a version
 * already stored differs from its file: answers were given to the stored one, so an edit must be a
 * new version. Answers the id of the programme's latest questionnaire version.
 */
export async function syncSurveyCatalogue(manager: EntityManager, at: Date, definitions: SurveyDefinitions = REPOSITORY): Promise<string> {
  const problems = catalogueProblems(definitions);
  if (problems.length > 0) {
    throw new SurveyCatalogueError(`The survey definitions are unsound: ${problems.join('; ')}`);
  }
  // Two API replicas starting at once write each version once.
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['survey-catalogue']);
  const questionnaireIds = new Map<string, string>();
  for (const questionnaire of definitions.questionnaires) {
    const id = await storeVersion(manager, 'questionnaire_version', questionnaire, at);
    questionnaireIds.set(`${questionnaire.code}/${questionnaire.version}`, id);
  }
  for (const model of definitions.models) {
    await storeVersion(manager, 'scoring_model_version', model, at, questionnaireIds.get(`${model.questionnaire.code}/${model.questionnaire.version}`));
  }
  const latest = definitions.questionnaires.filter((q) => q.code === RADIOSCOPIE_QUESTIONNAIRE).sort((a, b) => b.version - a.version)[0];
  const latestId = latest && questionnaireIds.get(`${latest.code}/${latest.version}`);
  if (!latestId) {
    throw new SurveyCatalogueError(`No version of ${RADIOSCOPIE_QUESTIONNAIRE} in the survey definitions`);
  }
  await manager.query(`UPDATE "campaign" SET "questionnaire_version_id" = $1 WHERE "is_current" AND "questionnaire_version_id" IS NULL`, [latestId]);
  return latestId;
}

/**
 * The programme's latest questionnaire version stored, which a new campaign takes; null before the
 * catalogue was ever written (a database the API never started on).
 */
export async function latestQuestionnaireVersionId(manager: EntityManager): Promise<string | null> {
  const [row] = await manager.query<{ id: string }[]>(`SELECT "id" FROM "questionnaire_version" WHERE "code" = $1 ORDER BY "version" DESC LIMIT 1`, [RADIOSCOPIE_QUESTIONNAIRE]);
  return row?.id ?? null;
}

/** Every problem of every definition, named by its version: the shape (the contract) first, then the soundness. */
function catalogueProblems({ questionnaires, models }: SurveyDefinitions): string[] {
  const questionnaireProblemsOf = (questionnaire: Questionnaire) => {
    const shape = questionnaireSchema.safeParse(questionnaire);
    return shape.success ? questionnaireProblems(questionnaire) : shape.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  return [
    ...questionnaires.flatMap((questionnaire) => questionnaireProblemsOf(questionnaire).map((problem) => `${name(questionnaire)}: ${problem}`)),
    ...models.flatMap((model) => {
      const questionnaire = questionnaires.find((q) => q.code === model.questionnaire.code && q.version === model.questionnaire.version);
      const problems = questionnaire ? scoringModelProblems(model, questionnaire) : [`it reads ${name(model.questionnaire)}, which the repository does not hold`];
      return problems.map((problem) => `${name(model)}: ${problem}`);
    }),
  ];
}

/** Inserts the version when missing and answers its id; a stored version must equal the file (jsonb compares values, not key order). */
async function storeVersion(manager: EntityManager, table: 'questionnaire_version' | 'scoring_model_version', definition: Questionnaire | ScoringModel, at: Date, questionnaireVersionId?: string): Promise<string> {
  const json = JSON.stringify(definition);
  const [extraColumn, extraValue] = table === 'scoring_model_version' ? [', "questionnaire_version_id"', ', $5'] : ['', ''];
  await manager.query(
    `INSERT INTO "${table}" ("code", "version", "definition", "created_at"${extraColumn}) VALUES ($1, $2, $3::jsonb, $4${extraValue}) ON CONFLICT ("code", "version") DO NOTHING`,
    [definition.code, definition.version, json, at, ...(questionnaireVersionId ? [questionnaireVersionId] : [])],
  );
  const [stored] = await manager.query<{ id: string; same: boolean }[]>(`SELECT "id", "definition" = $3::jsonb AS same FROM "${table}" WHERE "code" = $1 AND "version" = $2`, [
    definition.code,
    definition.version,
    json,
  ]);
  if (!stored) {
    throw new Error(`${name(definition)} was not written`);
  }
  if (!stored.same) {
    throw new SurveyCatalogueError(`${name(definition)} was edited after release: add a new version instead`);
  }
  return stored.id;
}
