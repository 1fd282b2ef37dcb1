import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { INVOICE_UNIT_CODES, INVOICE_VAT_CATEGORIES, type InvoiceUnitCode } from '@bep/contracts';
import { InvoiceEntity } from './invoice.entity';
import { sqlList } from './sql-list';

/**
 * One line of an invoice or credit note: quantity (thousandths) x unit price x the commune's share,
 * rounded once into `net_cents`. A trigger of the migration refuses any change to the lines of an
 * invoice that is no longer a draft.
 */
@Entity({ name: 'invoice_line' })
@Index('invoice_line_position_key', ['invoiceId', 'position'], { unique: true })
@Check('invoice_line_unit_code_valid', `"unit_code" IN (${sqlList(INVOICE_UNIT_CODES)})`)
@Check('invoice_line_vat_category_valid', `"vat_category" IN (${sqlList(INVOICE_VAT_CATEGORIES)})`)
@Check('invoice_line_amounts_valid', `"position" >= 1 AND "quantity_milli" > 0 AND "unit_price_cents" >= 0 AND "share_bp" BETWEEN 0 AND 10000 AND "net_cents" >= 0 AND "vat_rate_bp" >= 0`)
export class InvoiceLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId!: string;

  @ManyToOne(() => InvoiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: InvoiceEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'quantity_milli', type: 'integer' })
  quantityMilli!: number;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode!: InvoiceUnitCode;

  @Column({ name: 'unit_price_cents', type: 'integer' })
  unitPriceCents!: number;

  /** The commune's share of the price, in basis points. */
  @Column({ name: 'share_bp', type: 'integer' })
  shareBp!: number;

  @Column({ name: 'net_cents', type: 'integer' })
  netCents!: number;

  @Column({ name: 'vat_category', type: 'char', length: 1 })
  vatCategory!: 'S' | 'O';

  @Column({ name: 'vat_rate_bp', type: 'integer' })
  vatRateBp!: number;
}
