import { MigrationInterface, QueryRunner } from "typeorm";

/** The communes' billing profiles (the buyers of the invoices); the seller's identity is a row of app_setting. */
export class BillingParties1796690000000 implements MigrationInterface {
    name = 'BillingParties1796690000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "commune_billing_profile" ("nis" character(5) NOT NULL, "street" text NOT NULL, "postal_code" character(4) NOT NULL, "city" text NOT NULL, "enterprise_number" character(10) NOT NULL, "vat_number" text, "peppol_endpoint" character(10) NOT NULL, "buyer_reference" text NOT NULL, "email" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "commune_billing_postal_code_format" CHECK ("postal_code" ~ '^[1-9][0-9]{3}$'), CONSTRAINT "commune_billing_peppol_endpoint_format" CHECK ("peppol_endpoint" ~ '^[01][0-9]{9}$'), CONSTRAINT "commune_billing_vat_number_format" CHECK ("vat_number" IS NULL OR "vat_number" = 'BE' || "enterprise_number"), CONSTRAINT "commune_billing_enterprise_number_format" CHECK ("enterprise_number" ~ '^[01][0-9]{9}$'), CONSTRAINT "PK_df12899e0bde0e44e9e4abe2b70" PRIMARY KEY ("nis"))`);
        await queryRunner.query(`ALTER TABLE "commune_billing_profile" ADD CONSTRAINT "FK_df12899e0bde0e44e9e4abe2b70" FOREIGN KEY ("nis") REFERENCES "commune"("nis") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "commune_billing_profile" DROP CONSTRAINT "FK_df12899e0bde0e44e9e4abe2b70"`);
        await queryRunner.query(`DROP TABLE "commune_billing_profile"`);
    }

}
