import type { MigrationInterface, QueryRunner } from 'typeorm';
import { NAMUR_COMMUNES_TSV } from '../reference-data/namur-communes';
import { parseCommunesTsv } from '../reference-data/parse-communes-tsv';

/** Reference data every deployment needs, production included: the communes of the province. */
export class NamurCommunes1795951775035 implements MigrationInterface {
  name = 'NamurCommunes1795951775035';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const c of parseCommunesTsv(NAMUR_COMMUNES_TSV)) {
      await queryRunner.query(
        `INSERT INTO "commune" ("nis", "name", "arrondissement", "postal_code", "population", "population_date", "latitude", "longitude", "eligible")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [c.nis, c.name, c.arrondissement, c.postalCode, c.population, c.populationDate, c.latitude, c.longitude, c.eligible],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const codes = parseCommunesTsv(NAMUR_COMMUNES_TSV).map((c) => c.nis);
    await queryRunner.query(`DELETE FROM "commune" WHERE "nis" = ANY($1)`, [codes]);
  }
}
