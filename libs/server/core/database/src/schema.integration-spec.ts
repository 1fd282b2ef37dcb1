import { DataSource, QueryFailedError } from 'typeorm';
import { createTestDatabase, requireTestServices } from '@bep/server/core/testing';
import { createMigratedDatabase, type MigratedDatabase } from './testing';
import { createDataSourceOptions } from './data-source-options';
import { pendingSchemaChanges, runMigrations } from './migrate';
import { MIGRATIONS } from './migrations';

describe('database schema', () => {
  let database: MigratedDatabase;

  beforeAll(async () => {
    await requireTestServices();
    database = await createMigratedDatabase('schema');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('is exactly what the entities describe: an entity changed without a migration fails here', async () => {
    expect(await pendingSchemaChanges(database.dataSource)).toEqual([]);
  });

  it('applies nothing twice', async () => {
    expect(await runMigrations(database.dataSource)).toEqual([]);
  });

  it('holds the 38 communes of the reference data, Namur alone not eligible', async () => {
    const rows = await database.dataSource.query<{ name: string; eligible: boolean }[]>('SELECT "name", "eligible" FROM "commune"');
    expect(rows).toHaveLength(38);
    expect(rows.filter((row) => !row.eligible).map((row) => row.name)).toEqual(['Namur']);
  });

  const campaign = `INSERT INTO "campaign" ("name", "starts_on", "ends_on", "deadline", "diagnostic_price_cents", "is_current")`;

  it.each([
    ['a NIS code that is not five digits', `INSERT INTO "commune" VALUES ('9214', 'X', 'Namur', '5000', 1, '2020-01-01', 50, 4, true)`, 'commune_nis_format'],
    ['a NIS code twice', `INSERT INTO "commune" VALUES ('92142', 'X', 'Namur', '5000', 1, '2020-01-01', 50, 4, true)`, 'PK_'],
    ['an engagement for an unknown commune', `INSERT INTO "engagement" ("campaign_id", "commune_nis", "stage", "stage_entered_at", "version") SELECT "id", '99999', 'survey_sent', now(), 1 FROM "campaign"`, 'FK_'],
    ['an unknown stage', `INSERT INTO "engagement" ("campaign_id", "commune_nis", "stage", "stage_entered_at", "version") SELECT "id", '92142', 'lost', now(), 1 FROM "campaign"`, 'engagement_stage_valid'],
    ['a second current campaign', `${campaign} VALUES ('Another', '2020-01-01', '2020-12-31', '2020-12-31', 0, true)`, 'campaign_single_current'],
    ['a campaign ending before it starts', `${campaign} VALUES ('Backwards', '2020-01-01', '2019-12-31', '2020-12-31', 0, false)`, 'campaign_dates_ordered'],
    ['a negative price', `${campaign} VALUES ('Negative', '2020-01-01', '2020-12-31', '2020-12-31', -1, false)`, 'campaign_money_positive'],
    ['an unknown role', `INSERT INTO "app_user" ("email", "full_name", "password_hash", "roles") VALUES ('x@bep.demo', 'X', 'h', '{superuser}')`, 'app_user_roles_valid'],
    ['the same e-mail in another case', `INSERT INTO "consultant" ("full_name", "email", "office") VALUES ('B', 'A@Ocalia.demo', 'BE')`, 'consultant_email_key'],
  ])('refuses %s', async (_case, sql, constraint) => {
    await database.dataSource.query(`${campaign} VALUES ('Current', '2019-04-29', '2019-12-31', '2019-12-31', 500000, true) ON CONFLICT DO NOTHING`);
    await database.dataSource.query(`INSERT INTO "consultant" ("full_name", "email", "office") VALUES ('A', 'a@ocalia.demo', 'BE') ON CONFLICT DO NOTHING`);
    const failure = await database.dataSource.query(sql).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(String((failure as QueryFailedError).message) + String((failure as { constraint?: string }).constraint)).toContain(constraint);
  });

  it('migrates down to nothing and up again', async () => {
    const scratch = await createTestDatabase('schema_down');
    const dataSource = await new DataSource(createDataSourceOptions(scratch.url)).initialize();
    try {
      await runMigrations(dataSource);
      for (let i = 0; i < MIGRATIONS.length; i += 1) {
        await dataSource.undoLastMigration();
      }
      const tables = await dataSource.query<{ count: string }[]>(`SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
      expect(tables[0]?.count).toBe('0');
      expect(await runMigrations(dataSource)).toHaveLength(MIGRATIONS.length);
    } finally {
      await dataSource.destroy();
      await scratch.drop();
    }
  });
});
