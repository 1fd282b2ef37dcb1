import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EXPORTABLE_INVOICE_STATUSES, INVOICE_EXPORT_STATUSES, type InvoiceExportStatus } from '@bep/contracts';
import { CommuneEntity } from './commune.entity';
import { UserEntity } from './user.entity';
import { sqlList } from './sql-list';

/**
 * A batch export of invoices that finance asked for: the filters, the worker's progress, and the
 * ZIP itself. The ZIP lives in the row (a few MB for a period) so that the API and the worker share
 * no disk; the cleanup empties it once expired and later removes the row.
 */
@Entity({ name: 'invoice_export' })
@Index('invoice_export_requested_at_idx', ['requestedAt'])
@Check('invoice_export_status_valid', `"status" IN (${sqlList(INVOICE_EXPORT_STATUSES)})`)
@Check('invoice_export_statuses_valid', `"statuses" IS NULL OR "statuses" <@ ARRAY[${sqlList(EXPORTABLE_INVOICE_STATUSES)}]::text[]`)
@Check('invoice_export_period_ordered', `"period_to" >= "period_from"`)
@Check('invoice_export_progress', `"done" >= 0 AND "done" <= "total"`)
@Check('invoice_export_done_finished', `"status" <> 'done' OR ("finished_at" IS NOT NULL AND "expires_at" IS NOT NULL AND "byte_size" IS NOT NULL)`)
export class InvoiceExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by' })
  requester?: UserEntity | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  /** The period on the issue date, both days included. */
  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  /** Null: every issued document. */
  @Column({ type: 'text', array: true, nullable: true })
  statuses!: string[] | null;

  @Column({ name: 'commune_nis', type: 'char', length: 5, nullable: true })
  communeNis!: string | null;

  @ManyToOne(() => CommuneEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commune_nis' })
  commune?: CommuneEntity | null;

  @Column({ type: 'text' })
  status!: InvoiceExportStatus;

  /** Documents that match, counted when the worker starts. */
  @Column({ type: 'integer', default: 0 })
  total!: number;

  /** Documents already in the ZIP. */
  @Column({ type: 'integer', default: 0 })
  done!: number;

  /** Why the last attempt failed. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  /** The ZIP; null until done, and again once the cleanup removed it. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ name: 'byte_size', type: 'integer', nullable: true })
  byteSize!: number | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}
