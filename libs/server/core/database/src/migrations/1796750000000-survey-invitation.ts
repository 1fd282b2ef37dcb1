import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A reminder rule of its own for the questionnaire's e-mail (`surveyInvitation`), sent with the
 * commune's link when a campaign opens. The campaigns opened before it sent their questionnaire
 * otherwise: the rule is switched off in their settings, so that none of their communes gets an
 * invitation weeks after the fact (a manager may switch it on).
 */

export class SurveyInvitation1796750000000 implements MigrationInterface {
    name = 'SurveyInvitation1796750000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "reminder" DROP CONSTRAINT "reminder_rule_valid"`);
        await queryRunner.query(`ALTER TABLE "reminder" ADD CONSTRAINT "reminder_rule_valid" CHECK ("rule" IN ('surveyInvitation', 'surveyUnanswered', 'diagnosticNotScheduled', 'upcomingEvent', 'invoiceOverdue', 'weeklyDigest'))`);
        await queryRunner.query(`UPDATE "campaign" SET "reminder_settings" = "reminder_settings" || '{"surveyInvitation": {"enabled": false}}'::jsonb`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`UPDATE "campaign" SET "reminder_settings" = "reminder_settings" - 'surveyInvitation'`);
        await queryRunner.query(`DELETE FROM "reminder" WHERE "rule" = 'surveyInvitation'`);
        await queryRunner.query(`ALTER TABLE "reminder" DROP CONSTRAINT "reminder_rule_valid"`);
        await queryRunner.query(`ALTER TABLE "reminder" ADD CONSTRAINT "reminder_rule_valid" CHECK ("rule" IN ('surveyUnanswered', 'diagnosticNotScheduled', 'upcomingEvent', 'invoiceOverdue', 'weeklyDigest'))`);
    }
}
