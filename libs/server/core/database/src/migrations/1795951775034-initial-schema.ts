import { MigrationInterface, QueryRunner } from "typeorm";

/** Communes, contacts, consultants, campaigns, engagements, assignments, stage history, users, settings. */
export class InitialSchema1795951775034 implements MigrationInterface {
    name = 'InitialSchema1795951775034'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "app_setting" ("key" text NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d66bfb0d9f93124a4549d21af0" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE TABLE "campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "deadline" date NOT NULL, "is_current" boolean NOT NULL DEFAULT false, "diagnostic_price_cents" integer NOT NULL, "diagnostic_bep_share_bp" integer NOT NULL DEFAULT '5000', "accompaniment_day_rate_cents" integer NOT NULL DEFAULT '0', "accompaniment_bep_share_bp" integer NOT NULL DEFAULT '0', "vat_category" character(1) NOT NULL DEFAULT 'O', "billing_stage" text NOT NULL DEFAULT 'workshop_held', "reminder_settings" jsonb NOT NULL DEFAULT '{}', "budget_cents" bigint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e290ca6f46908d64b270de65471" UNIQUE ("name"), CONSTRAINT "campaign_billing_stage_valid" CHECK ("billing_stage" IN ('survey_sent', 'survey_answered', 'diagnostic_requested', 'workshop_held', 'accompaniment', 'declined', 'withdrawn')), CONSTRAINT "campaign_vat_category_valid" CHECK ("vat_category" IN ('S', 'O')), CONSTRAINT "campaign_shares_range" CHECK ("diagnostic_bep_share_bp" BETWEEN 0 AND 10000 AND "accompaniment_bep_share_bp" BETWEEN 0 AND 10000), CONSTRAINT "campaign_money_positive" CHECK ("diagnostic_price_cents" >= 0 AND "accompaniment_day_rate_cents" >= 0 AND "budget_cents" >= 0), CONSTRAINT "campaign_dates_ordered" CHECK ("ends_on" >= "starts_on" AND "deadline" >= "starts_on"), CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "campaign_single_current" ON "campaign"  ("is_current") WHERE "is_current"`);
        await queryRunner.query(`CREATE TABLE "commune" ("nis" character(5) NOT NULL, "name" text NOT NULL, "arrondissement" text NOT NULL, "postal_code" character(4) NOT NULL, "population" integer NOT NULL, "population_date" date NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "eligible" boolean NOT NULL, CONSTRAINT "commune_population_positive" CHECK ("population" >= 0), CONSTRAINT "commune_nis_format" CHECK ("nis" ~ '^[0-9]{5}$'), CONSTRAINT "PK_8e5a9401f70db1342406774a9dc" PRIMARY KEY ("nis"))`);
        await queryRunner.query(`CREATE TABLE "consultant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" text NOT NULL, "email" text NOT NULL, "office" character(2) NOT NULL, "weekly_capacity_hours" integer NOT NULL DEFAULT '32', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "consultant_capacity_range" CHECK ("weekly_capacity_hours" BETWEEN 0 AND 80), CONSTRAINT "consultant_office_valid" CHECK ("office" IN ('BE', 'FR')), CONSTRAINT "PK_fc6968da0e8b2cb9315222e4bc9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commune_nis" character(5) NOT NULL, "full_name" text NOT NULL, "function" text NOT NULL, "email" text, "phone" text, "is_binome" boolean NOT NULL DEFAULT false, "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "contact_commune_idx" ON "contact"  ("commune_nis") `);
        await queryRunner.query(`CREATE TABLE "engagement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "commune_nis" character(5) NOT NULL, "stage" text NOT NULL, "stage_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "engagement_stage_valid" CHECK ("stage" IN ('survey_sent', 'survey_answered', 'diagnostic_requested', 'workshop_held', 'accompaniment', 'declined', 'withdrawn')), CONSTRAINT "PK_08aef5bffed6ae054d4022b0b00" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "engagement_campaign_stage_idx" ON "engagement"  ("campaign_id", "stage") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "engagement_campaign_commune_key" ON "engagement"  ("campaign_id", "commune_nis") `);
        await queryRunner.query(`CREATE TABLE "engagement_assignment" ("engagement_id" uuid NOT NULL, "consultant_id" uuid NOT NULL, "is_lead" boolean NOT NULL DEFAULT false, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08c718b9d7b9bd95c676ee8649f" PRIMARY KEY ("engagement_id", "consultant_id"))`);
        await queryRunner.query(`CREATE INDEX "engagement_assignment_consultant_idx" ON "engagement_assignment"  ("consultant_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "engagement_assignment_single_lead" ON "engagement_assignment"  ("engagement_id") WHERE "is_lead"`);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "full_name" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL DEFAULT '{}', "consultant_id" uuid, "active" boolean NOT NULL DEFAULT true, "must_change_password" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "app_user_consultant_role" CHECK ("consultant_id" IS NULL OR 'consultant' = ANY("roles")), CONSTRAINT "app_user_roles_valid" CHECK ("roles" <@ ARRAY['manager', 'consultant', 'finance', 'admin']::text[]), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "stage_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "from_stage" text, "to_stage" text NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, CONSTRAINT "stage_change_to_valid" CHECK ("to_stage" IN ('survey_sent', 'survey_answered', 'diagnostic_requested', 'workshop_held', 'accompaniment', 'declined', 'withdrawn')), CONSTRAINT "stage_change_from_valid" CHECK ("from_stage" IS NULL OR "from_stage" IN ('survey_sent', 'survey_answered', 'diagnostic_requested', 'workshop_held', 'accompaniment', 'declined', 'withdrawn')), CONSTRAINT "PK_56167b85fbab45c2ad18a534cbd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "stage_change_engagement_idx" ON "stage_change"  ("engagement_id", "changed_at") `);
        await queryRunner.query(`CREATE TABLE "worker_heartbeat" ("worker_id" text NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_57142a5b912c5001ff15f617a54" PRIMARY KEY ("worker_id"))`);
        // Case-insensitive e-mail uniqueness: an expression index, which entities cannot declare.
        await queryRunner.query(`CREATE UNIQUE INDEX "consultant_email_key" ON "consultant" (lower("email"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_key" ON "app_user" (lower("email"))`);
        await queryRunner.query(`ALTER TABLE "contact" ADD CONSTRAINT "FK_79726e88b2d619f60fbf951b75b" FOREIGN KEY ("commune_nis") REFERENCES "commune"("nis") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "engagement" ADD CONSTRAINT "FK_171c72c701d38186570f9d0d587" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "engagement" ADD CONSTRAINT "FK_9e8e9d20fb56c489960de1e1fb1" FOREIGN KEY ("commune_nis") REFERENCES "commune"("nis") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "engagement_assignment" ADD CONSTRAINT "FK_b3fca5b7dd9c4955472556b1d49" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "engagement_assignment" ADD CONSTRAINT "FK_ca6a50e9d6640e8811a6c02cc29" FOREIGN KEY ("consultant_id") REFERENCES "consultant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_74df115da28896ea6b9d9b3ab98" FOREIGN KEY ("consultant_id") REFERENCES "consultant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "stage_change" ADD CONSTRAINT "FK_f337defb591f872322fd3ef325e" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "stage_change" ADD CONSTRAINT "FK_4acc9fca051b342b27323100d31" FOREIGN KEY ("changed_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "stage_change" DROP CONSTRAINT "FK_4acc9fca051b342b27323100d31"`);
        await queryRunner.query(`ALTER TABLE "stage_change" DROP CONSTRAINT "FK_f337defb591f872322fd3ef325e"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_74df115da28896ea6b9d9b3ab98"`);
        await queryRunner.query(`ALTER TABLE "engagement_assignment" DROP CONSTRAINT "FK_ca6a50e9d6640e8811a6c02cc29"`);
        await queryRunner.query(`ALTER TABLE "engagement_assignment" DROP CONSTRAINT "FK_b3fca5b7dd9c4955472556b1d49"`);
        await queryRunner.query(`ALTER TABLE "engagement" DROP CONSTRAINT "FK_9e8e9d20fb56c489960de1e1fb1"`);
        await queryRunner.query(`ALTER TABLE "engagement" DROP CONSTRAINT "FK_171c72c701d38186570f9d0d587"`);
        await queryRunner.query(`ALTER TABLE "contact" DROP CONSTRAINT "FK_79726e88b2d619f60fbf951b75b"`);
        await queryRunner.query(`DROP INDEX "public"."app_user_email_key"`);
        await queryRunner.query(`DROP INDEX "public"."consultant_email_key"`);
        await queryRunner.query(`DROP TABLE "worker_heartbeat"`);
        await queryRunner.query(`DROP INDEX "public"."stage_change_engagement_idx"`);
        await queryRunner.query(`DROP TABLE "stage_change"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP INDEX "public"."engagement_assignment_single_lead"`);
        await queryRunner.query(`DROP INDEX "public"."engagement_assignment_consultant_idx"`);
        await queryRunner.query(`DROP TABLE "engagement_assignment"`);
        await queryRunner.query(`DROP INDEX "public"."engagement_campaign_commune_key"`);
        await queryRunner.query(`DROP INDEX "public"."engagement_campaign_stage_idx"`);
        await queryRunner.query(`DROP TABLE "engagement"`);
        await queryRunner.query(`DROP INDEX "public"."contact_commune_idx"`);
        await queryRunner.query(`DROP TABLE "contact"`);
        await queryRunner.query(`DROP TABLE "consultant"`);
        await queryRunner.query(`DROP TABLE "commune"`);
        await queryRunner.query(`DROP INDEX "public"."campaign_single_current"`);
        await queryRunner.query(`DROP TABLE "campaign"`);
        await queryRunner.query(`DROP TABLE "app_setting"`);
    }

}
