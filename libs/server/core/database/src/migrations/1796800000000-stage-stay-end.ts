import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each stay in a stage ends where the next one begins: `left_at` on the stage-change row, so that
 * a stay's length (`left_at - changed_at`) is read from its own row, where the dashboard's medians
 * took it from a window over each engagement's whole history (`lead() OVER (PARTITION BY ...)`),
 * sorted anew at every rebuild of the figures. Null while the engagement stands in that stage.
 *
 * A trigger writes it, in the transaction that records the moves, whoever records them (a user's
 * move, the opening of engagements, the demo loader, the benchmark's bulk insert): once per
 * statement, over the histories of the engagements the statement moved only. It does not assume
 * the moves arrive in order: a row inserted between two others ends the earlier one's stay and
 * takes the later one's start as its own end. Two moves of one engagement at the same instant
 * have no order of their own: their ids break the tie, arbitrarily but the same way every time
 * (the window the figures used did no better). The history is otherwise never changed (a move is
 * undone by another move), so the stays are kept on insertion only.
 *
 * The trigger's own UPDATE raises the campaign's revision a second time in the transaction
 * (`CampaignRevision`'s trigger on `stage_change`): harmless, a revision only has to rise.
 */
export class StageStayEnd1796800000000 implements MigrationInterface {
  name = 'StageStayEnd1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stage_change" ADD "left_at" timestamptz`);
    await queryRunner.query(`CREATE FUNCTION "stage_change_end_stays"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "stage_change" s SET "left_at" = n."left_at"
          FROM (SELECT h."id", lead(h."changed_at") OVER (PARTITION BY h."engagement_id" ORDER BY h."changed_at", h."id") AS "left_at"
                  FROM "stage_change" h WHERE h."engagement_id" IN (SELECT "engagement_id" FROM inserted_rows)) n
         WHERE n."id" = s."id" AND n."left_at" IS DISTINCT FROM s."left_at";
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "stage_change_end_stays" AFTER INSERT ON "stage_change" REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION "stage_change_end_stays"()`,
    );
    await queryRunner.query(
      `UPDATE "stage_change" s SET "left_at" = n."left_at"
         FROM (SELECT "id", lead("changed_at") OVER (PARTITION BY "engagement_id" ORDER BY "changed_at", "id") AS "left_at" FROM "stage_change") n
        WHERE n."id" = s."id" AND n."left_at" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "stage_change_end_stays" ON "stage_change"`);
    await queryRunner.query(`DROP FUNCTION "stage_change_end_stays"()`);
    await queryRunner.query(`ALTER TABLE "stage_change" DROP COLUMN "left_at"`);
  }
}
