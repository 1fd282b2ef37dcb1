import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Co-financing invoices and credit notes: the documents, their lines, their payments, the gapless
 * number series per fiscal year, and the drafts the billing job could not make. The triggers at the
 * end keep issued documents immutable whatever writes to the database.
 */

export class Invoices1796700000000 implements MigrationInterface {
    name = 'Invoices1796700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "invoice_draft_failure" ("origin_key" text NOT NULL, "engagement_id" uuid NOT NULL, "last_error" text NOT NULL, "attempts" integer NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1ca7490510394dbe5c8fd88a777" PRIMARY KEY ("origin_key"))`);
        await queryRunner.query(`CREATE TABLE "invoice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "campaign_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "commune_nis" character(5) NOT NULL, "service" text NOT NULL, "status" text NOT NULL, "origin_key" text, "series" text, "fiscal_year" integer, "sequence" integer, "number" text, "issue_date" date, "due_date" date, "structured_communication" character(12), "credited_invoice_id" uuid, "vat_category" character(1) NOT NULL, "net_cents" integer NOT NULL DEFAULT '0', "vat_cents" integer NOT NULL DEFAULT '0', "gross_cents" integer NOT NULL DEFAULT '0', "paid_cents" integer NOT NULL DEFAULT '0', "credited_cents" integer NOT NULL DEFAULT '0', "seller" jsonb, "buyer" jsonb, "note" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, "issued_at" TIMESTAMP WITH TIME ZONE, "issued_by" uuid, CONSTRAINT "invoice_series_of_kind" CHECK ("series" IS NULL OR ("series" = 'CF') = ("kind" = 'invoice')), CONSTRAINT "invoice_credit_note_shape" CHECK (("kind" = 'credit_note') = ("credited_invoice_id" IS NOT NULL) AND ("kind" = 'invoice' OR ("status" IN ('draft', 'issued') AND "paid_cents" = 0 AND "credited_cents" = 0))), CONSTRAINT "invoice_due_date" CHECK ("status" = 'draft' OR (("kind" = 'invoice') = ("due_date" IS NOT NULL) AND ("due_date" IS NULL OR "due_date" >= "issue_date"))), CONSTRAINT "invoice_issued_numbered" CHECK ("status" = 'draft' OR ("series" IS NOT NULL AND "fiscal_year" IS NOT NULL AND "sequence" >= 1 AND "number" IS NOT NULL AND "issue_date" IS NOT NULL AND "structured_communication" ~ '^[0-9]{12}$' AND "seller" IS NOT NULL AND "buyer" IS NOT NULL AND "issued_at" IS NOT NULL)), CONSTRAINT "invoice_draft_unnumbered" CHECK ("status" <> 'draft' OR ("series" IS NULL AND "fiscal_year" IS NULL AND "sequence" IS NULL AND "number" IS NULL AND "issue_date" IS NULL AND "due_date" IS NULL AND "structured_communication" IS NULL AND "seller" IS NULL AND "buyer" IS NULL)), CONSTRAINT "invoice_amounts_positive" CHECK ("net_cents" >= 0 AND "vat_cents" >= 0 AND "gross_cents" = "net_cents" + "vat_cents" AND "paid_cents" >= 0 AND "credited_cents" >= 0 AND "paid_cents" + "credited_cents" <= "gross_cents"), CONSTRAINT "invoice_vat_category_valid" CHECK ("vat_category" IN ('S', 'O')), CONSTRAINT "invoice_series_valid" CHECK ("series" IS NULL OR "series" IN ('CF', 'NC')), CONSTRAINT "invoice_status_valid" CHECK ("status" IN ('draft', 'issued', 'paid', 'credited')), CONSTRAINT "invoice_service_valid" CHECK ("service" IN ('diagnostic', 'accompaniment', 'other')), CONSTRAINT "invoice_kind_valid" CHECK ("kind" IN ('invoice', 'credit_note')), CONSTRAINT "PK_15d25c200d9bcd8a33f698daf18" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "invoice_credited_invoice_idx" ON "invoice"  ("credited_invoice_id") `);
        await queryRunner.query(`CREATE INDEX "invoice_issue_date_idx" ON "invoice"  ("issue_date") `);
        await queryRunner.query(`CREATE INDEX "invoice_engagement_idx" ON "invoice"  ("engagement_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "invoice_origin_key" ON "invoice"  ("origin_key") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "invoice_number_key" ON "invoice"  ("number") `);
        await queryRunner.query(`CREATE TABLE "invoice_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "invoice_id" uuid NOT NULL, "position" integer NOT NULL, "description" text NOT NULL, "quantity_milli" integer NOT NULL, "unit_code" text NOT NULL, "unit_price_cents" integer NOT NULL, "share_bp" integer NOT NULL, "net_cents" integer NOT NULL, "vat_category" character(1) NOT NULL, "vat_rate_bp" integer NOT NULL, CONSTRAINT "invoice_line_amounts_valid" CHECK ("position" >= 1 AND "quantity_milli" > 0 AND "unit_price_cents" >= 0 AND "share_bp" BETWEEN 0 AND 10000 AND "net_cents" >= 0 AND "vat_rate_bp" >= 0), CONSTRAINT "invoice_line_vat_category_valid" CHECK ("vat_category" IN ('S', 'O')), CONSTRAINT "invoice_line_unit_code_valid" CHECK ("unit_code" IN ('C62', 'DAY')), CONSTRAINT "PK_112d67e85951a56ee5123e9c803" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "invoice_line_position_key" ON "invoice_line"  ("invoice_id", "position") `);
        await queryRunner.query(`CREATE TABLE "invoice_number_series" ("series" text NOT NULL, "fiscal_year" integer NOT NULL, "last_sequence" integer NOT NULL, CONSTRAINT "invoice_number_series_valid" CHECK ("series" IN ('CF', 'NC') AND "last_sequence" >= 1), CONSTRAINT "PK_be56369d4b45b23bfa90df1ef9d" PRIMARY KEY ("series", "fiscal_year"))`);
        await queryRunner.query(`CREATE TABLE "invoice_payment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "invoice_id" uuid NOT NULL, "paid_on" date NOT NULL, "amount_cents" integer NOT NULL, "reference" text, "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "invoice_payment_amount_positive" CHECK ("amount_cents" > 0), CONSTRAINT "PK_b63cfba23ecc43531b5c571ffa3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "invoice_payment_invoice_idx" ON "invoice_payment"  ("invoice_id", "paid_on") `);
        await queryRunner.query(`ALTER TABLE "invoice_draft_failure" ADD CONSTRAINT "FK_4df2da0fed5afedce3c86d5c107" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice" ADD CONSTRAINT "FK_5bc785eba0334521669725c61ad" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice" ADD CONSTRAINT "FK_3495e0e876affd578b2afe65a9f" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice" ADD CONSTRAINT "FK_2694e2dbb00ad2cff72fc06f286" FOREIGN KEY ("commune_nis") REFERENCES "commune"("nis") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice" ADD CONSTRAINT "FK_06ff8a74fb55dd09dcbd4f48180" FOREIGN KEY ("credited_invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice" ADD CONSTRAINT "FK_936f7b726cbffb567bc1ae72294" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice" ADD CONSTRAINT "FK_8af8c205b034d8f7ab12315a98d" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice" ADD CONSTRAINT "FK_48d2a71be95263ad5bf00635c8f" FOREIGN KEY ("issued_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice_line" ADD CONSTRAINT "FK_36e6eecdb00b171d90ff63f2d20" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice_payment" ADD CONSTRAINT "FK_5dede093a15bc721f40e607fe90" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice_payment" ADD CONSTRAINT "FK_7a8ade9786317f6939904a343ff" FOREIGN KEY ("recorded_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        // Issued documents are immutable in the database itself, not only in the service: whatever
        // writes to it (a script, a bug, a manual fix), an issued invoice changes only by its
        // settlement, its lines never, and its payments are never rewritten.
        await queryRunner.query(`CREATE FUNCTION "invoice_keep_issued"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              settlement CONSTANT text[] := ARRAY['status', 'paid_cents', 'credited_cents', 'version', 'updated_at', 'updated_by'];
            BEGIN
              IF TG_OP = 'DELETE' THEN
                IF OLD."status" <> 'draft' THEN
                  RAISE EXCEPTION 'invoice % is issued: it cannot be deleted, only credited', OLD."number"
                    USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'invoice_issued_immutable';
                END IF;
                RETURN OLD;
              END IF;
              IF OLD."status" <> 'draft' AND (NEW."status" = 'draft' OR (to_jsonb(NEW) - settlement) IS DISTINCT FROM (to_jsonb(OLD) - settlement)) THEN
                RAISE EXCEPTION 'invoice % is issued: only its settlement may change', OLD."number"
                  USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'invoice_issued_immutable';
              END IF;
              -- The settlement only moves forward (payments and credit notes add up, never go away), and an
              -- invoice's status is the one its amounts give (the domain's settledStatus).
              IF OLD."status" <> 'draft' AND (NEW."paid_cents" < OLD."paid_cents" OR NEW."credited_cents" < OLD."credited_cents"
                  OR (NEW."kind" = 'invoice' AND NEW."status" IS DISTINCT FROM (CASE WHEN NEW."credited_cents" >= NEW."gross_cents" THEN 'credited'
                                                                                     WHEN NEW."gross_cents" - NEW."paid_cents" - NEW."credited_cents" <= 0 THEN 'paid'
                                                                                     ELSE 'issued' END))) THEN
                RAISE EXCEPTION 'invoice %: payments and credit notes only add up, and its status follows them', OLD."number"
                  USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'invoice_settlement_forward';
              END IF;
              RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "invoice_keep_issued" BEFORE UPDATE OR DELETE ON "invoice" FOR EACH ROW EXECUTE FUNCTION "invoice_keep_issued"()`);
        // FOR SHARE waits for a transaction issuing the invoice meanwhile, so no line slips in as it is numbered.
        await queryRunner.query(`CREATE FUNCTION "invoice_line_keep_issued"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              parent_status text;
            BEGIN
              IF TG_OP <> 'INSERT' THEN
                SELECT "status" INTO parent_status FROM "invoice" WHERE "id" = OLD."invoice_id" FOR SHARE;
                IF parent_status IS NOT NULL AND parent_status <> 'draft' THEN
                  RAISE EXCEPTION 'the lines of an issued invoice cannot change'
                    USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'invoice_line_issued_immutable';
                END IF;
              END IF;
              IF TG_OP <> 'DELETE' THEN
                SELECT "status" INTO parent_status FROM "invoice" WHERE "id" = NEW."invoice_id" FOR SHARE;
                IF parent_status IS NOT NULL AND parent_status <> 'draft' THEN
                  RAISE EXCEPTION 'the lines of an issued invoice cannot change'
                    USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'invoice_line_issued_immutable';
                END IF;
                RETURN NEW;
              END IF;
              RETURN OLD;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "invoice_line_keep_issued" BEFORE INSERT OR UPDATE OR DELETE ON "invoice_line" FOR EACH ROW EXECUTE FUNCTION "invoice_line_keep_issued"()`);
        await queryRunner.query(`CREATE FUNCTION "invoice_payment_insert_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'a recorded payment is never changed nor deleted'
                USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'invoice_payment_insert_only';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "invoice_payment_insert_only" BEFORE UPDATE OR DELETE ON "invoice_payment" FOR EACH ROW EXECUTE FUNCTION "invoice_payment_insert_only"()`);
        // A payment settles an issued invoice: never a draft (not owed yet) nor a credit note (nothing to pay).
        await queryRunner.query(`CREATE FUNCTION "invoice_payment_of_issued"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NOT EXISTS (SELECT 1 FROM "invoice" WHERE "id" = NEW."invoice_id" AND "kind" = 'invoice' AND "status" <> 'draft') THEN
                RAISE EXCEPTION 'a payment is recorded against an issued invoice only'
                  USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'invoice_payment_of_issued';
              END IF;
              RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "invoice_payment_of_issued" BEFORE INSERT ON "invoice_payment" FOR EACH ROW EXECUTE FUNCTION "invoice_payment_of_issued"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "invoice_payment_of_issued" ON "invoice_payment"`);
        await queryRunner.query(`DROP FUNCTION "invoice_payment_of_issued"()`);
        await queryRunner.query(`DROP TRIGGER "invoice_payment_insert_only" ON "invoice_payment"`);
        await queryRunner.query(`DROP FUNCTION "invoice_payment_insert_only"()`);
        await queryRunner.query(`DROP TRIGGER "invoice_line_keep_issued" ON "invoice_line"`);
        await queryRunner.query(`DROP FUNCTION "invoice_line_keep_issued"()`);
        await queryRunner.query(`DROP TRIGGER "invoice_keep_issued" ON "invoice"`);
        await queryRunner.query(`DROP FUNCTION "invoice_keep_issued"()`);
        await queryRunner.query(`ALTER TABLE "invoice_payment" DROP CONSTRAINT "FK_7a8ade9786317f6939904a343ff"`);
        await queryRunner.query(`ALTER TABLE "invoice_payment" DROP CONSTRAINT "FK_5dede093a15bc721f40e607fe90"`);
        await queryRunner.query(`ALTER TABLE "invoice_line" DROP CONSTRAINT "FK_36e6eecdb00b171d90ff63f2d20"`);
        await queryRunner.query(`ALTER TABLE "invoice" DROP CONSTRAINT "FK_48d2a71be95263ad5bf00635c8f"`);
        await queryRunner.query(`ALTER TABLE "invoice" DROP CONSTRAINT "FK_8af8c205b034d8f7ab12315a98d"`);
        await queryRunner.query(`ALTER TABLE "invoice" DROP CONSTRAINT "FK_936f7b726cbffb567bc1ae72294"`);
        await queryRunner.query(`ALTER TABLE "invoice" DROP CONSTRAINT "FK_06ff8a74fb55dd09dcbd4f48180"`);
        await queryRunner.query(`ALTER TABLE "invoice" DROP CONSTRAINT "FK_2694e2dbb00ad2cff72fc06f286"`);
        await queryRunner.query(`ALTER TABLE "invoice" DROP CONSTRAINT "FK_3495e0e876affd578b2afe65a9f"`);
        await queryRunner.query(`ALTER TABLE "invoice" DROP CONSTRAINT "FK_5bc785eba0334521669725c61ad"`);
        await queryRunner.query(`ALTER TABLE "invoice_draft_failure" DROP CONSTRAINT "FK_4df2da0fed5afedce3c86d5c107"`);
        await queryRunner.query(`DROP INDEX "public"."invoice_payment_invoice_idx"`);
        await queryRunner.query(`DROP TABLE "invoice_payment"`);
        await queryRunner.query(`DROP TABLE "invoice_number_series"`);
        await queryRunner.query(`DROP INDEX "public"."invoice_line_position_key"`);
        await queryRunner.query(`DROP TABLE "invoice_line"`);
        await queryRunner.query(`DROP INDEX "public"."invoice_number_key"`);
        await queryRunner.query(`DROP INDEX "public"."invoice_origin_key"`);
        await queryRunner.query(`DROP INDEX "public"."invoice_engagement_idx"`);
        await queryRunner.query(`DROP INDEX "public"."invoice_issue_date_idx"`);
        await queryRunner.query(`DROP INDEX "public"."invoice_credited_invoice_idx"`);
        await queryRunner.query(`DROP TABLE "invoice"`);
        await queryRunner.query(`DROP TABLE "invoice_draft_failure"`);
    }

}
