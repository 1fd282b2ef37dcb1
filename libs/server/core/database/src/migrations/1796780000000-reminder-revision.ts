import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revision of each campaign's reminders, raised in the transaction of any change to them, so that
 * the reminders list keeps its order while they stand still (`RemindersApiService`). It is apart
 * from `campaign_revision`: the worker changes reminders all day as it sends them, and raising the
 * campaign's revision for each would throw away the board and the figures every time; a row of its
 * own also keeps the worker from waiting on a stage move's lock of the campaign's revision. The
 * list's order also depends on what `campaign_revision` follows (engagements, teams), so it is kept
 * under the sum of both, which rises with either.
 */
export class ReminderRevision1796780000000 implements MigrationInterface {
  name = 'ReminderRevision1796780000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reminder_revision" ("campaign_id" uuid PRIMARY KEY REFERENCES "campaign" ("id") ON DELETE CASCADE, "revision" bigint NOT NULL DEFAULT 1)`,
    );
    await queryRunner.query(`CREATE FUNCTION "reminder_revision_raise"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "reminder_revision" ("campaign_id")
        SELECT DISTINCT "campaign_id" FROM changed_rows
        ON CONFLICT ("campaign_id") DO UPDATE SET "revision" = "reminder_revision"."revision" + 1;
        RETURN NULL;
      END $$`);
    for (const [event, referencing] of [
      ['INSERT', 'NEW TABLE AS changed_rows'],
      ['UPDATE', 'NEW TABLE AS changed_rows'],
      ['DELETE', 'OLD TABLE AS changed_rows'],
    ]) {
      await queryRunner.query(
        `CREATE TRIGGER "reminder_revision_on_${event.toLowerCase()}" AFTER ${event} ON "reminder" REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION "reminder_revision_raise"()`,
      );
    }
    await queryRunner.query(`INSERT INTO "reminder_revision" ("campaign_id") SELECT "id" FROM "campaign"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER "reminder_revision_on_${event}" ON "reminder"`);
    }
    await queryRunner.query(`DROP FUNCTION "reminder_revision_raise"()`);
    await queryRunner.query(`DROP TABLE "reminder_revision"`);
  }
}
