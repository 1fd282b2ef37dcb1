import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One revision for all the invoices and credit notes, raised in the transaction of any change to
 * them (a draft, an issue, a payment, a credit) and of a commune renamed (the list searches the
 * communes' names), so that the invoice list keeps its order and totals while they stand still
 * (`InvoicesService`). One row for every campaign: the list reads across campaigns. Writers hold
 * it until they commit, one after the other; issuing already waits its turn on its series.
 */
export class InvoiceRevision1796790000000 implements MigrationInterface {
  name = 'InvoiceRevision1796790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "invoice_revision" ("single" boolean PRIMARY KEY DEFAULT true CHECK ("single"), "revision" bigint NOT NULL DEFAULT 1)`,
    );
    await queryRunner.query(`INSERT INTO "invoice_revision" DEFAULT VALUES`);
    await queryRunner.query(`CREATE FUNCTION "invoice_revision_raise"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "invoice_revision" SET "revision" = "revision" + 1;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "invoice_revision_on_change" AFTER INSERT OR UPDATE OR DELETE ON "invoice" FOR EACH STATEMENT EXECUTE FUNCTION "invoice_revision_raise"()`);
    await queryRunner.query(`CREATE TRIGGER "invoice_revision_on_rename" AFTER UPDATE OF "name" ON "commune" FOR EACH STATEMENT EXECUTE FUNCTION "invoice_revision_raise"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "invoice_revision_on_rename" ON "commune"`);
    await queryRunner.query(`DROP TRIGGER "invoice_revision_on_change" ON "invoice"`);
    await queryRunner.query(`DROP FUNCTION "invoice_revision_raise"()`);
    await queryRunner.query(`DROP TABLE "invoice_revision"`);
  }
}
