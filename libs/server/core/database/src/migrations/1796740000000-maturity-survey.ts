import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The maturity questionnaire online: its versions and their scoring models as data, the campaign's
 * questionnaire, each commune's personal link (its token hashed), the answers saved per section
 * with a revision (two people fill different sections at once), and the scores with the model
 * version they were computed with.
 */

export class MaturitySurvey1796740000000 implements MigrationInterface {
    name = 'MaturitySurvey1796740000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "questionnaire_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "version" integer NOT NULL, "definition" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "questionnaire_version_positive" CHECK ("version" > 0), CONSTRAINT "PK_563cc375d2213a2b6df8c9a4f9c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "questionnaire_version_key" ON "questionnaire_version"  ("code", "version") `);
        await queryRunner.query(`CREATE TABLE "scoring_model_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "version" integer NOT NULL, "questionnaire_version_id" uuid NOT NULL, "definition" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "scoring_model_version_positive" CHECK ("version" > 0), CONSTRAINT "PK_c8bdabfd0af4c351b7a6869847a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "scoring_model_version_key" ON "scoring_model_version"  ("code", "version") `);
        await queryRunner.query(`CREATE TABLE "maturity_score" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "scoring_model_version_id" uuid NOT NULL, "dimensions" jsonb NOT NULL, "overall" smallint, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "maturity_score_overall_range" CHECK ("overall" IS NULL OR "overall" BETWEEN 0 AND 100), CONSTRAINT "PK_2f9f9007098ea409b7307402cf9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "maturity_score_key" ON "maturity_score"  ("engagement_id", "scoring_model_version_id") `);
        await queryRunner.query(`CREATE TABLE "survey_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, CONSTRAINT "PK_8f3352c16dfb26e1952c0598733" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "survey_link_in_force_key" ON "survey_link"  ("engagement_id") WHERE "revoked_at" IS NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "survey_link_token_hash_key" ON "survey_link"  ("token_hash") `);
        await queryRunner.query(`CREATE TABLE "survey_response" ("engagement_id" uuid NOT NULL, "questionnaire_version_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_via" text, "submitted_by" uuid, CONSTRAINT "survey_response_submitted_by_manager" CHECK (("submitted_via" = 'manager') = ("submitted_by" IS NOT NULL)), CONSTRAINT "survey_response_submitted" CHECK (("submitted_at" IS NULL) OR ("submitted_via" IN ('link', 'manager'))), CONSTRAINT "PK_110e6c8822e065dd0d2624d549a" PRIMARY KEY ("engagement_id"))`);
        await queryRunner.query(`CREATE TABLE "survey_section_answers" ("engagement_id" uuid NOT NULL, "section_id" text NOT NULL, "answers" jsonb NOT NULL, "revision" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" uuid, CONSTRAINT "survey_section_answers_revision_positive" CHECK ("revision" > 0), CONSTRAINT "PK_ccbc63e905d8aa3b647f9ca8ed3" PRIMARY KEY ("engagement_id", "section_id"))`);
        await queryRunner.query(`ALTER TABLE "campaign" ADD "questionnaire_version_id" uuid`);
        await queryRunner.query(`ALTER TABLE "campaign" ADD CONSTRAINT "FK_4f546b7065819371fa6548af4a4" FOREIGN KEY ("questionnaire_version_id") REFERENCES "questionnaire_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "scoring_model_version" ADD CONSTRAINT "FK_3962d2a4c14676a22ba32ed74e2" FOREIGN KEY ("questionnaire_version_id") REFERENCES "questionnaire_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "maturity_score" ADD CONSTRAINT "FK_9ab799b8a165686226c8c781375" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "maturity_score" ADD CONSTRAINT "FK_9f525131051dcca3d818f5adfc5" FOREIGN KEY ("scoring_model_version_id") REFERENCES "scoring_model_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_link" ADD CONSTRAINT "FK_af3edf0b4d421eacdc89baa2f30" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_link" ADD CONSTRAINT "FK_3d3a73b7a9611158235fe0917fb" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_link" ADD CONSTRAINT "FK_f421e562fb52530ce5e86331683" FOREIGN KEY ("revoked_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_response" ADD CONSTRAINT "FK_110e6c8822e065dd0d2624d549a" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_response" ADD CONSTRAINT "FK_955b1ad0c5c2c10325cfaa4870e" FOREIGN KEY ("questionnaire_version_id") REFERENCES "questionnaire_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_response" ADD CONSTRAINT "FK_680553a87482f15c79ad1e130bf" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_section_answers" ADD CONSTRAINT "FK_603db354f66064eae5663976d85" FOREIGN KEY ("engagement_id") REFERENCES "survey_response"("engagement_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_section_answers" ADD CONSTRAINT "FK_f7bcbec74e2d4407e21fbe41161" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "survey_section_answers" DROP CONSTRAINT "FK_f7bcbec74e2d4407e21fbe41161"`);
        await queryRunner.query(`ALTER TABLE "survey_section_answers" DROP CONSTRAINT "FK_603db354f66064eae5663976d85"`);
        await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "FK_680553a87482f15c79ad1e130bf"`);
        await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "FK_955b1ad0c5c2c10325cfaa4870e"`);
        await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "FK_110e6c8822e065dd0d2624d549a"`);
        await queryRunner.query(`ALTER TABLE "survey_link" DROP CONSTRAINT "FK_f421e562fb52530ce5e86331683"`);
        await queryRunner.query(`ALTER TABLE "survey_link" DROP CONSTRAINT "FK_3d3a73b7a9611158235fe0917fb"`);
        await queryRunner.query(`ALTER TABLE "survey_link" DROP CONSTRAINT "FK_af3edf0b4d421eacdc89baa2f30"`);
        await queryRunner.query(`ALTER TABLE "maturity_score" DROP CONSTRAINT "FK_9f525131051dcca3d818f5adfc5"`);
        await queryRunner.query(`ALTER TABLE "maturity_score" DROP CONSTRAINT "FK_9ab799b8a165686226c8c781375"`);
        await queryRunner.query(`ALTER TABLE "scoring_model_version" DROP CONSTRAINT "FK_3962d2a4c14676a22ba32ed74e2"`);
        await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "FK_4f546b7065819371fa6548af4a4"`);
        await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "questionnaire_version_id"`);
        await queryRunner.query(`DROP TABLE "survey_section_answers"`);
        await queryRunner.query(`DROP TABLE "survey_response"`);
        await queryRunner.query(`DROP INDEX "public"."survey_link_token_hash_key"`);
        await queryRunner.query(`DROP INDEX "public"."survey_link_in_force_key"`);
        await queryRunner.query(`DROP TABLE "survey_link"`);
        await queryRunner.query(`DROP INDEX "public"."maturity_score_key"`);
        await queryRunner.query(`DROP TABLE "maturity_score"`);
        await queryRunner.query(`DROP INDEX "public"."scoring_model_version_key"`);
        await queryRunner.query(`DROP TABLE "scoring_model_version"`);
        await queryRunner.query(`DROP INDEX "public"."questionnaire_version_key"`);
        await queryRunner.query(`DROP TABLE "questionnaire_version"`);
    }

}
