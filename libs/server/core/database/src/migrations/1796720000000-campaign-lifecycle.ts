import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A campaign's lifecycle: open, then closed (no late item counts, no reminder leaves), then
 * archived (read-only). The dates say when; the checks keep them with their status, and the current
 * campaign is never archived. Every existing campaign is open.
 */

export class CampaignLifecycle1796720000000 implements MigrationInterface {
    name = 'CampaignLifecycle1796720000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "campaign" ADD "status" text NOT NULL DEFAULT 'open'`);
        await queryRunner.query(`ALTER TABLE "campaign" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "campaign" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "campaign" ADD CONSTRAINT "campaign_status_valid" CHECK ("status" IN ('open', 'closed', 'archived'))`);
        await queryRunner.query(`ALTER TABLE "campaign" ADD CONSTRAINT "campaign_status_dates" CHECK (("status" = 'open') = ("closed_at" IS NULL) AND ("status" = 'archived') = ("archived_at" IS NOT NULL))`);
        await queryRunner.query(`ALTER TABLE "campaign" ADD CONSTRAINT "campaign_current_not_archived" CHECK (NOT ("is_current" AND "status" = 'archived'))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "campaign_current_not_archived"`);
        await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "campaign_status_dates"`);
        await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "campaign_status_valid"`);
        await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "archived_at"`);
        await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "closed_at"`);
        await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "status"`);
    }

}
