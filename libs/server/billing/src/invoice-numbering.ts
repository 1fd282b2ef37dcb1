import type { InvoiceSeries } from '@bep/domain';
import type { EntityManager } from 'typeorm';

/**
 * The next sequence of the series in the fiscal year, in the caller's transaction. The upsert
 * locks the series' row until the transaction ends: concurrent issuers wait for each other, each
 * gets the number after the last committed one, and a rollback gives its number back, so the
 * series has neither gap nor duplicate. The first document of a year gets 1.
 */
export async function takeNextSequence(manager: EntityManager, series: InvoiceSeries, fiscalYear: number): Promise<number> {
  const [row] = await manager.query<{ last_sequence: number }[]>(
    `INSERT INTO "invoice_number_series" ("series", "fiscal_year", "last_sequence") VALUES ($1, $2, 1)
     ON CONFLICT ("series", "fiscal_year") DO UPDATE SET "last_sequence" = "invoice_number_series"."last_sequence" + 1
     RETURNING "last_sequence"`,
    [series, fiscalYear],
  );
  if (!row) throw new Error(`No sequence returned for ${series} ${fiscalYear}`);
  return row.last_sequence;
}
