import { requireTestServices } from '@bep/server/core/testing';
import { createMigratedDatabase, type MigratedDatabase } from '../testing';
import { seedDemoData } from './demo-seed';

/** The loader stores the hash it is given; hashing is the caller's (auth) business. */
const HASH = '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g';

async function counts(database: MigratedDatabase) {
  const [row] = await database.dataSource.query<Record<string, string>[]>(`
    SELECT (SELECT count(*) FROM "campaign") AS campaigns,
           (SELECT count(*) FROM "consultant") AS consultants,
           (SELECT count(*) FROM "engagement") AS engagements,
           (SELECT count(*) FROM "engagement" WHERE "stage" = 'diagnostic_requested') AS requested,
           (SELECT count(*) FROM "stage_change") AS stage_changes,
           (SELECT count(*) FROM "engagement_assignment" WHERE "is_lead") AS leads,
           (SELECT count(*) FROM "app_user") AS users,
           (SELECT count(*) FROM "contact" WHERE "is_binome") AS binome_contacts,
           (SELECT count(*) FROM "contact" WHERE "function" = 'finance') AS finance_contacts,
           (SELECT count(*) FROM "app_user" u JOIN "consultant" c ON c."id" = u."consultant_id" WHERE u."email" LIKE 'consultant%@bep.demo') AS linked_users`);
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

  it('loads the situation of spring 2019 once, however often it runs', async () => {
    database = await createMigratedDatabase('demo');
    expect(await seedDemoData(database.dataSource, 'development', HASH)).toBe('loaded');
    const expected = { campaigns: '1', consultants: '5', engagements: '37', requested: '5', stage_changes: String(37 + 5 * 2), leads: '5', users: '8', binome_contacts: '4', finance_contacts: '2', linked_users: '5' };
    expect(await counts(database)).toEqual(expected);

    const again = await Promise.all([seedDemoData(database.dataSource, 'development', HASH), seedDemoData(database.dataSource, undefined, HASH)]);
    expect(again).toEqual(['already-loaded', 'already-loaded']);
    expect(await counts(database)).toEqual(expected);
  });

  it('records when each commune moved, in order', async () => {
    database = await createMigratedDatabase('demo_history');
    await seedDemoData(database.dataSource, 'development', HASH);
    const history = await database.dataSource.query<{ from_stage: string | null; to_stage: string; changed_at: Date }[]>(`
      SELECT s."from_stage", s."to_stage", s."changed_at" FROM "stage_change" s
        JOIN "engagement" e ON e."id" = s."engagement_id" JOIN "commune" c ON c."nis" = e."commune_nis"
       WHERE c."name" = 'Gembloux' ORDER BY s."changed_at"`);
    expect(history.map((row) => [row.from_stage, row.to_stage])).toEqual([
      [null, 'survey_sent'],
      ['survey_sent', 'survey_answered'],
      ['survey_answered', 'diagnostic_requested'],
    ]);
    expect(history[0]?.changed_at.toISOString()).toBe('2019-04-29T07:00:00.000Z');
  });

  it('never touches a database that holds real data', async () => {
    database = await createMigratedDatabase('demo_real');
    await database.dataSource.query(`INSERT INTO "consultant" ("full_name", "email", "office") VALUES ('Real Person', 'real@ocalia.be', 'BE')`);
    expect(await seedDemoData(database.dataSource, 'development', HASH)).toBe('refused-real-data');
    expect(await counts(database)).toMatchObject({ campaigns: '0', consultants: '1', engagements: '0' });
  });

  it('is refused with NODE_ENV=production', async () => {
    database = await createMigratedDatabase('demo_prod');
    await expect(seedDemoData(database.dataSource, 'production', HASH)).rejects.toThrow('never loaded with NODE_ENV=production');
    expect(await counts(database)).toMatchObject({ campaigns: '0' });
  });
});
