import { RADIOSCOPIE_QUESTIONNAIRE } from '@bep/domain';
import { QUESTIONNAIRES, SCORING_MODELS } from '@bep/domain/survey-data';
import { requireTestServices, TEST_CLOCK_START } from '@bep/server/core/testing';
import { createMigratedDatabase, type MigratedDatabase } from '../testing';
import { syncSurveyCatalogue, type SurveyDefinitions } from './survey-catalogue';

const AT = new Date(TEST_CLOCK_START);
const REPOSITORY: SurveyDefinitions = { questionnaires: QUESTIONNAIRES, models: SCORING_MODELS };

/** The questionnaire and scoring-model versions of the repository, written into a fresh database as the API's start does. */
describe('syncSurveyCatalogue', () => {
  let database: MigratedDatabase;
  const sync = (definitions: SurveyDefinitions = REPOSITORY) => database.dataSource.transaction((manager) => syncSurveyCatalogue(manager, AT, definitions));
  const versions = (table: string) => database.dataSource.query<{ code: string; version: number }[]>(`SELECT "code", "version" FROM "${table}" ORDER BY "code", "version"`);

  beforeAll(async () => {
    await requireTestServices();
    database = await createMigratedDatabase('survey_catalogue');
  });

  afterAll(() => database?.drop());

  it('writes every version once, and gives the current campaign without a questionnaire the latest one', async () => {
    await database.dataSource.query(
      `INSERT INTO "campaign" ("name", "starts_on", "ends_on", "deadline", "is_current", "diagnostic_price_cents", "created_at") VALUES ('Radioscopie 2027', '2027-03-01', '2027-12-31', '2027-12-31', true, 500000, now())`,
    );
    const latest = await sync();
    expect(await sync()).toBe(latest);

    expect(await versions('questionnaire_version')).toEqual(QUESTIONNAIRES.map(({ code, version }) => ({ code, version })));
    expect(await versions('scoring_model_version')).toEqual(SCORING_MODELS.map(({ code, version }) => ({ code, version })));
    const [stored] = await database.dataSource.query<{ code: string; definition: unknown }[]>(`SELECT "code", "definition" FROM "questionnaire_version" WHERE "id" = $1`, [latest]);
    expect(stored).toEqual({ code: RADIOSCOPIE_QUESTIONNAIRE, definition: QUESTIONNAIRES.at(-1) });
    expect(await database.dataSource.query(`SELECT "questionnaire_version_id" AS id FROM "campaign"`)).toEqual([{ id: latest }]);
  });

  it('stops when a released version was edited, rather than change the meaning of the answers given to it', async () => {
    const [questionnaire] = QUESTIONNAIRES;
    if (!questionnaire) throw new Error('no questionnaire');
    const edited = { ...questionnaire, title: `${questionnaire.title} (revu)` };
    await expect(sync({ questionnaires: [edited], models: SCORING_MODELS })).rejects.toThrow(
      `version ${questionnaire.version} of ${questionnaire.code} was edited after release: add a new version instead`,
    );
  });

  it('stops on an unsound definition, naming the version and the problem, before writing anything', async () => {
    const [questionnaire] = QUESTIONNAIRES;
    const [model] = SCORING_MODELS;
    if (!questionnaire || !model) throw new Error('no definitions');
    const next = { ...questionnaire, version: questionnaire.version + 1, sections: [...questionnaire.sections, ...questionnaire.sections.slice(0, 1)] };
    const [section] = questionnaire.sections;
    await expect(sync({ questionnaires: [...QUESTIONNAIRES, next], models: [model] })).rejects.toThrow(
      `version ${next.version} of ${next.code}: section ${section?.id}: the id is used twice`,
    );
    const orphan = { ...model, version: model.version + 1, questionnaire: { code: questionnaire.code, version: 99 } };
    await expect(sync({ questionnaires: QUESTIONNAIRES, models: [orphan] })).rejects.toThrow(
      `version ${orphan.version} of ${orphan.code}: it reads version 99 of ${questionnaire.code}, which the repository does not hold`,
    );
    expect(await versions('questionnaire_version')).toHaveLength(QUESTIONNAIRES.length);
  });
});
