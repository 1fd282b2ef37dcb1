import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A questionnaire submitted on paper keeps the manager who typed it in: deleting that user is
 * refused rather than setting `submitted_by` to null, which the check
 * `survey_response_submitted_by_manager` (a manager's submission names its manager) would refuse
 * anyway, with a less clear error.
 */

export class SurveySubmitterKept1796745000000 implements MigrationInterface {
    name = 'SurveySubmitterKept1796745000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "FK_680553a87482f15c79ad1e130bf"`);
        await queryRunner.query(`ALTER TABLE "survey_response" ADD CONSTRAINT "FK_680553a87482f15c79ad1e130bf" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "FK_680553a87482f15c79ad1e130bf"`);
        await queryRunner.query(`ALTER TABLE "survey_response" ADD CONSTRAINT "FK_680553a87482f15c79ad1e130bf" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

}
