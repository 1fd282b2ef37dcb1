import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The communes' search, as the table's users type it: regardless of case and accents ("eghezee"
 * finds "Éghezée"), on the name, the NIS code and the postal code. `unaccent` and `pg_trgm` are
 * contrib extensions that PostgreSQL trusts a database owner to create. `unaccent` alone is not
 * immutable (its dictionary could change), so an index needs this wrapper, which names the
 * dictionary; the trigram index answers a `LIKE '%…%'` of three characters or more without reading
 * every commune.
 */
export class CommuneSearch1796770000000 implements MigrationInterface {
  name = 'CommuneSearch1796770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "unaccent" WITH SCHEMA public`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA public`);
    await queryRunner.query(`
      CREATE FUNCTION "commune_search_text"("name" text, "nis" text, "postal_code" text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN lower(public.unaccent('public.unaccent'::regdictionary, "name" || ' ' || "nis" || ' ' || "postal_code"))`);
    await queryRunner.query(
      `CREATE INDEX "commune_search_idx" ON "commune" USING gin ("commune_search_text"("name", "nis", "postal_code") public.gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "commune_search_idx"`);
    await queryRunner.query(`DROP FUNCTION "commune_search_text"(text, text, text)`);
    // The extensions stay: another schema object may have come to use them.
  }
}
