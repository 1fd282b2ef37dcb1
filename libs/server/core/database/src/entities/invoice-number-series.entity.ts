import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { INVOICE_SERIES } from '@bep/contracts';
import type { InvoiceSeries } from '@bep/domain';
import { sqlList } from './sql-list';

/**
 * The last number given in each series and fiscal year. Issuing takes the next one with an upsert
 * in its own transaction: the row lock makes concurrent issuers wait for each other, and a rollback
 * gives the number back, so the series has no gap and no duplicate.
 */
@Entity({ name: 'invoice_number_series' })
@Check('invoice_number_series_valid', `"series" IN (${sqlList(INVOICE_SERIES)}) AND "last_sequence" >= 1`)
export class InvoiceNumberSeriesEntity {
  @PrimaryColumn({ type: 'text' })
  series!: InvoiceSeries;

  @PrimaryColumn({ name: 'fiscal_year', type: 'integer' })
  fiscalYear!: number;

  @Column({ name: 'last_sequence', type: 'integer' })
  lastSequence!: number;
}
