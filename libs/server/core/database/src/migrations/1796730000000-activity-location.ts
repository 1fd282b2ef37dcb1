import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Where an activity takes place (an address, a room, a video call), so that the agenda shows its
 * place with its time. Optional: the activities already logged have none.
 */

export class ActivityLocation1796730000000 implements MigrationInterface {
    name = 'ActivityLocation1796730000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "activity" ADD "location" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "activity" DROP COLUMN "location"`);
    }

}
