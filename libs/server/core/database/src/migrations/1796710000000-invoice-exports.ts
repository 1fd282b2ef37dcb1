import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The invoices' batch exports: what finance asked for, the worker's progress, and the ZIP itself in
 * a bytea column, so that the API that serves it and the worker that builds it share no disk.
 */

export class InvoiceExports1796710000000 implements MigrationInterface {
    name = 'InvoiceExports1796710000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "invoice_export" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "requested_by" uuid, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "statuses" text array, "commune_nis" character(5), "status" text NOT NULL, "total" integer NOT NULL DEFAULT '0', "done" integer NOT NULL DEFAULT '0', "error" text, "file_name" text NOT NULL, "content" bytea, "byte_size" integer, "finished_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "invoice_export_done_finished" CHECK ("status" <> 'done' OR ("finished_at" IS NOT NULL AND "expires_at" IS NOT NULL AND "byte_size" IS NOT NULL)), CONSTRAINT "invoice_export_progress" CHECK ("done" >= 0 AND "done" <= "total"), CONSTRAINT "invoice_export_period_ordered" CHECK ("period_to" >= "period_from"), CONSTRAINT "invoice_export_statuses_valid" CHECK ("statuses" IS NULL OR "statuses" <@ ARRAY['issued', 'paid', 'credited']::text[]), CONSTRAINT "invoice_export_status_valid" CHECK ("status" IN ('queued', 'running', 'done', 'failed')), CONSTRAINT "PK_21654205fd56b9847122cc235f1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "invoice_export_requested_at_idx" ON "invoice_export"  ("requested_at") `);
        await queryRunner.query(`ALTER TABLE "invoice_export" ADD CONSTRAINT "FK_d94bb6bc7a289459e2cd19314c8" FOREIGN KEY ("requested_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice_export" ADD CONSTRAINT "FK_2a5bb81f761256ff2311a951ca4" FOREIGN KEY ("commune_nis") REFERENCES "commune"("nis") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "invoice_export" DROP CONSTRAINT "FK_2a5bb81f761256ff2311a951ca4"`);
        await queryRunner.query(`ALTER TABLE "invoice_export" DROP CONSTRAINT "FK_d94bb6bc7a289459e2cd19314c8"`);
        await queryRunner.query(`DROP INDEX "public"."invoice_export_requested_at_idx"`);
        await queryRunner.query(`DROP TABLE "invoice_export"`);
    }

}
