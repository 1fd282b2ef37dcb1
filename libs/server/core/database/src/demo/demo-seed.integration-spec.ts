import { keptAnswers, scoreAnswers, sectionProgress, type Answers } from '@bep/domain';
import { QUESTIONNAIRES, SCORING_MODELS } from '@bep/domain/survey-data';
import { requireTestServices, TEST_CLOCK_START } from '@bep/server/core/testing';
import { createMigratedDatabase, type MigratedDatabase } from '../testing';
import { seedDemoData, type DemoSeedOptions } from './demo-seed';

/** The loader stores the hash it is given; hashing is the caller's (auth) business. */
const HASH = '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g';

/** Tuesday 17 March 2026, 10:00 in Brussels. */
const TODAY = new Date(TEST_CLOCK_START);
const seed = (database: MigratedDatabase, options: Partial<DemoSeedOptions> = {}) =>
  seedDemoData(database.dataSource, { nodeEnv: 'development', demoPasswordHash: HASH, today: TODAY, ...options });

async function history(database: MigratedDatabase, commune: string) {
  return database.dataSource.query<{ from_stage: string | null; to_stage: string; changed_at: Date }[]>(
    `SELECT s."from_stage", s."to_stage", s."changed_at" FROM "stage_change" s
       JOIN "engagement" e ON e."id" = s."engagement_id" JOIN "commune" c ON c."nis" = e."commune_nis"
      WHERE c."name" = $1 ORDER BY s."changed_at"`,
    [commune],
  );
}

async function campaign(database: MigratedDatabase) {
  const [row] = await database.dataSource.query<{ name: string; starts_on: string; ends_on: string; deadline: string }[]>(
    `SELECT "name", "starts_on"::text, "ends_on"::text, "deadline"::text FROM "campaign"`,
  );
  return row;
}

async function counts(database: MigratedDatabase) {
  const [row] = await database.dataSource.query<Record<string, string>[]>(`
    SELECT (SELECT count(*) FROM "campaign") AS campaigns,
           (SELECT count(*) FROM "consultant") AS consultants,
           (SELECT count(*) FROM "engagement") AS engagements,
           (SELECT count(*) FROM "engagement" WHERE "stage" = 'survey_answered') AS answered,
           (SELECT count(*) FROM "engagement" WHERE "stage" = 'diagnostic_requested') AS requested,
           (SELECT count(*) FROM "activity" WHERE "type" = 'diagnostic' AND "completed_at" IS NULL) AS planned_diagnostics,
           (SELECT count(*) FROM "activity" WHERE "completed_at" IS NOT NULL) AS done_activities,
           (SELECT count(*) FROM "activity_participant") AS participants,
           (SELECT count(*) FROM "stage_change") AS stage_changes,
           (SELECT count(*) FROM "engagement_assignment" WHERE "is_lead") AS leads,
           (SELECT count(*) FROM "app_user") AS users,
           (SELECT count(*) FROM "contact" WHERE "is_binome") AS binome_contacts,
           (SELECT count(*) FROM "contact" WHERE "function" = 'finance') AS finance_contacts,
           (SELECT count(*) FROM "commune_billing_profile" b JOIN "commune" c USING ("nis") WHERE c."eligible") AS billing_profiles,
           (SELECT count(*) FROM "app_setting" WHERE "key" = 'seller_identity') AS seller_identities,
           (SELECT count(*) FROM "app_user" u JOIN "consultant" c ON c."id" = u."consultant_id" WHERE u."email" LIKE 'consultant%@bep.demo') AS linked_users,
           (SELECT count(*) FROM "survey_response" WHERE "submitted_at" IS NOT NULL) AS submitted_surveys,
           (SELECT count(*) FROM "survey_response" WHERE "submitted_at" IS NULL) AS surveys_in_progress,
           (SELECT count(*) FROM "maturity_score") AS scores`);
  return row;
}

describe('demo data', () => {
  let database: MigratedDatabase;

  beforeAll(async () => {
    await requireTestServices();
  });

  afterEach(async () => {
    await database?.drop();
  });

  it('loads the story once, however often it runs', async () => {
    database = await createMigratedDatabase('demo');
    expect(await seed(database)).toBe('loaded');
    const expected = {
      campaigns: '1',
      consultants: '5',
      engagements: '37',
      answered: '4',
      requested: '5',
      planned_diagnostics: '1',
      done_activities: '2',
      participants: '3',
      stage_changes: String(37 + 5 * 2 + 4),
      leads: '5',
      users: '8',
      binome_contacts: '4',
      finance_contacts: '2',
      billing_profiles: '37',
      seller_identities: '1',
      linked_users: '5',
      submitted_surveys: '9',
      surveys_in_progress: '3',
      scores: '9',
    };
    expect(await counts(database)).toEqual(expected);

    const again = await Promise.all([seed(database), seed(database, { nodeEnv: undefined })]);
    expect(again).toEqual(['already-loaded', 'already-loaded']);
    expect(await counts(database)).toEqual(expected);
  });

  it('replays the story on the calendar of the day it is loaded, and dates what it writes by that day', async () => {
    database = await createMigratedDatabase('demo_today');
    await seed(database);
    expect(await campaign(database)).toEqual({ name: 'Radioscopie numérique 2026', starts_on: '2026-02-23', ends_on: '2026-10-31', deadline: '2026-10-31' });
    const gembloux = await history(database, 'Gembloux');
    expect(gembloux.map((row) => [row.from_stage, row.to_stage, row.changed_at.toISOString()])).toEqual([
      [null, 'survey_sent', '2026-02-23T08:00:00.000Z'],
      ['survey_sent', 'survey_answered', '2026-02-26T10:30:00.000Z'],
      ['survey_answered', 'diagnostic_requested', '2026-02-27T09:15:00.000Z'],
    ]);
    const [diagnostic] = await database.dataSource.query<{ subject: string; scheduled_at: Date; duration_minutes: number; location: string; consultant: string }[]>(
      `SELECT a."subject", a."scheduled_at", a."duration_minutes", a."location", co."full_name" AS consultant
         FROM "activity" a JOIN "activity_participant" p ON p."activity_id" = a."id" JOIN "consultant" co ON co."id" = p."consultant_id"
        WHERE a."completed_at" IS NULL`,
    );
    // Next week's Tuesday at 10:00 in Brussels, at the town hall, with Gembloux's lead.
    expect(diagnostic).toEqual({
      subject: 'Diagnostic numérique — Gembloux',
      scheduled_at: new Date('2026-03-24T09:00:00Z'),
      duration_minutes: 180,
      location: 'Hôtel de ville de Gembloux, salle du collège',
      consultant: 'Camille Dubois',
    });
    // Viroinval is ready to be billed: still at "Diagnostic demandé", its diagnostic and workshop done, with its lead.
    const ready = await database.dataSource.query<{ stage: string; type: string; scheduled_at: Date; completed_at: Date; consultant: string }[]>(
      `SELECT e."stage", a."type", a."scheduled_at", a."completed_at", co."full_name" AS consultant
         FROM "activity" a JOIN "engagement" e ON e."id" = a."engagement_id" JOIN "commune" c ON c."nis" = e."commune_nis"
         JOIN "activity_participant" p ON p."activity_id" = a."id" JOIN "consultant" co ON co."id" = p."consultant_id"
        WHERE c."name" = 'Viroinval' ORDER BY a."scheduled_at"`,
    );
    expect(ready).toEqual([
      { stage: 'diagnostic_requested', type: 'diagnostic', scheduled_at: new Date('2026-03-04T08:30:00Z'), completed_at: new Date('2026-03-04T11:30:00Z'), consultant: 'Julien Lambert' },
      { stage: 'diagnostic_requested', type: 'workshop', scheduled_at: new Date('2026-03-11T12:30:00Z'), completed_at: new Date('2026-03-11T15:30:00Z'), consultant: 'Julien Lambert' },
    ]);
    // Nothing beyond "Diagnostic demandé" without its work done: the rule of the billing stage holds for the demo too.
    const [unbilledWork] = await database.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM "engagement" e WHERE e."stage" IN ('workshop_held', 'accompaniment')
          AND NOT (EXISTS (SELECT 1 FROM "activity" a WHERE a."engagement_id" = e."id" AND a."type" = 'diagnostic' AND a."completed_at" IS NOT NULL)
               AND EXISTS (SELECT 1 FROM "activity" a WHERE a."engagement_id" = e."id" AND a."type" = 'workshop' AND a."completed_at" IS NOT NULL))`,
    );
    expect(unbilledWork?.count).toBe('0');

    const [dated] = await database.dataSource.query<{ marker: string; instants: Date[] }[]>(
      `SELECT (SELECT "value" #>> '{}' FROM "app_setting" WHERE "key" = 'demo_data_loaded_at') AS marker,
              ARRAY(SELECT DISTINCT t FROM (
                SELECT "created_at" AS t FROM "campaign" UNION ALL SELECT "created_at" FROM "consultant" UNION ALL SELECT "created_at" FROM "app_user"
                UNION ALL SELECT "created_at" FROM "engagement" UNION ALL SELECT "updated_at" FROM "engagement" UNION ALL SELECT "assigned_at" FROM "engagement_assignment"
                UNION ALL SELECT "created_at" FROM "contact" UNION ALL SELECT "updated_at" FROM "contact" UNION ALL SELECT "created_at" FROM "activity"
                UNION ALL SELECT "updated_at" FROM "app_setting" UNION ALL SELECT "updated_at" FROM "commune_billing_profile") all_rows) AS instants`,
    );
    expect(dated?.marker).toBe('2026-03-17T09:00:00.000Z');
    expect(dated?.instants).toEqual([TODAY]);
  });

  it('gives every engagement past survey_answered its submitted answers, scored as a submission is, and a few communes their questionnaire in progress', async () => {
    database = await createMigratedDatabase('demo_surveys');
    await seed(database);
    const rows = await database.dataSource.query<
      { commune: string; stage: string; answered_at: Date | null; started_at: Date | null; submitted_at: Date | null; submitted_via: string | null; typist: string | null; sections: { answers: Answers; updated_at: string; updated_by: string | null }[] | null; scores: { dimensions: Record<string, number | null>; overall: number | null; computed_at: string; model: number }[] | null }[]
    >(
      `SELECT c."name" AS commune, e."stage", r."started_at", r."submitted_at", r."submitted_via", u."email" AS typist,
              (SELECT min(s."changed_at") FROM "stage_change" s WHERE s."engagement_id" = e."id" AND s."to_stage" = 'survey_answered') AS answered_at,
              (SELECT json_agg(json_build_object('answers', a."answers", 'updated_at', a."updated_at", 'updated_by', a."updated_by")) FROM "survey_section_answers" a WHERE a."engagement_id" = e."id") AS sections,
              (SELECT json_agg(json_build_object('dimensions', m."dimensions", 'overall', m."overall", 'computed_at', m."computed_at", 'model', v."version"))
                 FROM "maturity_score" m JOIN "scoring_model_version" v ON v."id" = m."scoring_model_version_id" WHERE m."engagement_id" = e."id") AS scores
         FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis"
         LEFT JOIN "survey_response" r ON r."engagement_id" = e."id" LEFT JOIN "app_user" u ON u."id" = r."submitted_by"
        ORDER BY c."name"`,
    );
    const [questionnaire] = QUESTIONNAIRES;
    const model = [...SCORING_MODELS].sort((a, b) => b.version - a.version)[0];
    if (!questionnaire || !model) throw new Error('The repository holds no questionnaire or scoring model');
    const answersOf = (row: (typeof rows)[number]) => Object.assign({}, ...(row.sections ?? []).map((section) => section.answers)) as Answers;

    // Exactly the engagements past survey_answered have a submitted questionnaire.
    const past = rows.filter((row) => row.stage !== 'survey_sent');
    expect(past.map((row) => row.commune)).toEqual(['Ciney', 'Couvin', 'Eghezée', 'Fernelmont', 'Gembloux', 'Profondeville', 'Rochefort', 'Sombreffe', 'Viroinval']);
    expect(rows.filter((row) => row.submitted_at !== null).map((row) => row.commune)).toEqual(past.map((row) => row.commune));
    for (const row of past) {
      const answers = answersOf(row);
      // Submitted the moment the engagement entered survey_answered, after its sections were saved; complete.
      expect(row.submitted_at).toEqual(row.answered_at);
      expect((row.sections ?? []).every((section) => new Date(section.updated_at) < (row.submitted_at as Date) && new Date(section.updated_at) >= (row.started_at as Date))).toBe(true);
      expect(keptAnswers(questionnaire, answers)).toEqual(answers);
      expect(sectionProgress(questionnaire, answers).flatMap((section) => section.missingRequired)).toEqual([]);
      // The scores are those the server computes on submission, with the latest model, at the submission.
      const scored = scoreAnswers(model, questionnaire, answers);
      expect(row.scores?.map((score) => ({ ...score, computed_at: new Date(score.computed_at) }))).toEqual([
        {
          dimensions: Object.fromEntries(scored.dimensions.map(({ dimension, score }) => [dimension, score])),
          overall: scored.overall,
          computed_at: row.submitted_at,
          model: model.version,
        },
      ]);
    }
    // Online through the link, but for the two typed in by the manager from paper.
    const paper = past.filter((row) => row.submitted_via === 'manager');
    expect(paper.map((row) => [row.commune, row.typist])).toEqual([
      ['Couvin', 'manager@bep.demo'],
      ['Viroinval', 'manager@bep.demo'],
    ]);
    expect(paper.every((row) => (row.sections ?? []).every((section) => section.updated_by !== null))).toBe(true);
    expect(past.filter((row) => row.submitted_via === 'link').every((row) => row.typist === null && (row.sections ?? []).every((section) => section.updated_by === null))).toBe(true);
    const overall = past.map((row) => row.scores?.[0]?.overall ?? 0);
    expect(Math.max(...overall) - Math.min(...overall)).toBeGreaterThan(25);

    // Begun online, not submitted, not scored: the communes stay at "Questionnaire envoyé".
    const inProgress = rows.filter((row) => row.started_at !== null && row.submitted_at === null);
    expect(inProgress.map((row) => [row.commune, row.stage, row.sections?.length, row.scores])).toEqual([
      ['Floreffe', 'survey_sent', 1, null],
      ['Sambreville', 'survey_sent', 2, null],
      ['Walcourt', 'survey_sent', 3, null],
    ]);
  });

  it('replays the historical dates from DEMO_START', async () => {
    database = await createMigratedDatabase('demo_history');
    await seed(database, { start: '2019-04-29' });
    expect(await campaign(database)).toEqual({ name: 'Radioscopie numérique 2019', starts_on: '2019-04-29', ends_on: '2019-12-31', deadline: '2019-12-31' });
    const gembloux = await history(database, 'Gembloux');
    expect(gembloux.map((row) => [row.from_stage, row.to_stage, row.changed_at.toISOString()])).toEqual([
      [null, 'survey_sent', '2019-04-29T07:00:00.000Z'],
      ['survey_sent', 'survey_answered', '2019-05-02T09:30:00.000Z'],
      ['survey_answered', 'diagnostic_requested', '2019-05-03T08:15:00.000Z'],
    ]);
    const fernelmont = await history(database, 'Fernelmont');
    expect(fernelmont.map((row) => row.changed_at.toISOString())).toEqual(['2019-04-29T07:00:00.000Z', '2019-05-04T08:45:00.000Z', '2019-05-06T12:30:00.000Z']);
  });

  it('refuses a DEMO_START that is no date, or less than three weeks ago, and loads nothing', async () => {
    database = await createMigratedDatabase('demo_bad_start');
    await expect(seed(database, { start: '29/04/2019' })).rejects.toThrow('DEMO_START must be a date (YYYY-MM-DD) at least three weeks before today');
    await expect(seed(database, { start: '2026-03-10' })).rejects.toThrow('DEMO_START must be a date');
    expect(await counts(database)).toMatchObject({ campaigns: '0', users: '0' });
  });

  it('never touches a database that holds real data', async () => {
    database = await createMigratedDatabase('demo_real');
    await database.dataSource.query(`INSERT INTO "consultant" ("full_name", "email", "office") VALUES ('Real Person', 'real@ocalia.be', 'BE')`);
    expect(await seed(database)).toBe('refused-real-data');
    expect(await counts(database)).toMatchObject({ campaigns: '0', consultants: '1', engagements: '0' });
  });

  it('is refused with NODE_ENV=production', async () => {
    database = await createMigratedDatabase('demo_prod');
    await expect(seed(database, { nodeEnv: 'production' })).rejects.toThrow('never loaded with NODE_ENV=production');
    expect(await counts(database)).toMatchObject({ campaigns: '0' });
  });
});
