import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InvoiceEntity } from './invoice.entity';
import { UserEntity } from './user.entity';

/**
 * A payment received for an invoice, dated the day it was paid. Insert-only (a trigger of the
 * migration refuses changes and deletions): a mistake is corrected by a credit note, not by
 * rewriting what the accounts already hold.
 */
@Entity({ name: 'invoice_payment' })
@Index('invoice_payment_invoice_idx', ['invoiceId', 'paidOn'])
@Check('invoice_payment_amount_positive', `"amount_cents" > 0`)
export class InvoicePaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId!: string;

  @ManyToOne(() => InvoiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: InvoiceEntity;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents!: number;

  /** The bank's reference of the transfer, if finance noted it. */
  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: UserEntity | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
