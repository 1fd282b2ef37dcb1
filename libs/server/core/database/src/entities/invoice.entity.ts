import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { INVOICE_SERIES, INVOICE_SERVICES, INVOICE_VAT_CATEGORIES, type InvoiceService } from '@bep/contracts';
import { INVOICE_KINDS, INVOICE_STATUSES, type InvoiceKind, type InvoiceSeries, type InvoiceStatus } from '@bep/domain';
import { CampaignEntity } from './campaign.entity';
import { CommuneEntity } from './commune.entity';
import { EngagementEntity } from './engagement.entity';
import { UserEntity } from './user.entity';
import { sqlList } from './sql-list';

/**
 * A co-financing invoice, or a credit note against one. A draft has no number and reads the
 * parties live; issuing numbers it (gapless per series and year), dates it and copies the seller
 * and the buyer onto it. From then on a trigger of the migration refuses any change but its
 * settlement (status, paid and credited amounts, version), and refuses its deletion.
 */
@Entity({ name: 'invoice' })
@Index('invoice_number_key', ['number'], { unique: true })
@Index('invoice_origin_key', ['originKey'], { unique: true })
@Index('invoice_engagement_idx', ['engagementId'])
@Index('invoice_issue_date_idx', ['issueDate'])
@Index('invoice_credited_invoice_idx', ['creditedInvoiceId'])
@Check('invoice_kind_valid', `"kind" IN (${sqlList(INVOICE_KINDS)})`)
@Check('invoice_service_valid', `"service" IN (${sqlList(INVOICE_SERVICES)})`)
@Check('invoice_status_valid', `"status" IN (${sqlList(INVOICE_STATUSES)})`)
@Check('invoice_series_valid', `"series" IS NULL OR "series" IN (${sqlList(INVOICE_SERIES)})`)
@Check('invoice_vat_category_valid', `"vat_category" IN (${sqlList(INVOICE_VAT_CATEGORIES)})`)
@Check('invoice_amounts_positive', `"net_cents" >= 0 AND "vat_cents" >= 0 AND "gross_cents" = "net_cents" + "vat_cents" AND "paid_cents" >= 0 AND "credited_cents" >= 0 AND "paid_cents" + "credited_cents" <= "gross_cents"`)
@Check('invoice_draft_unnumbered', `"status" <> 'draft' OR ("series" IS NULL AND "fiscal_year" IS NULL AND "sequence" IS NULL AND "number" IS NULL AND "issue_date" IS NULL AND "due_date" IS NULL AND "structured_communication" IS NULL AND "seller" IS NULL AND "buyer" IS NULL)`)
@Check(
  'invoice_issued_numbered',
  `"status" = 'draft' OR ("series" IS NOT NULL AND "fiscal_year" IS NOT NULL AND "sequence" >= 1 AND "number" IS NOT NULL AND "issue_date" IS NOT NULL AND "structured_communication" ~ '^[0-9]{12}$' AND "seller" IS NOT NULL AND "buyer" IS NOT NULL AND "issued_at" IS NOT NULL)`,
)
@Check('invoice_due_date', `"status" = 'draft' OR (("kind" = 'invoice') = ("due_date" IS NOT NULL) AND ("due_date" IS NULL OR "due_date" >= "issue_date"))`)
@Check('invoice_credit_note_shape', `("kind" = 'credit_note') = ("credited_invoice_id" IS NOT NULL) AND ("kind" = 'invoice' OR ("status" IN ('draft', 'issued') AND "paid_cents" = 0 AND "credited_cents" = 0))`)
@Check('invoice_series_of_kind', `"series" IS NULL OR ("series" = 'CF') = ("kind" = 'invoice')`)
export class InvoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: InvoiceKind;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Column({ name: 'commune_nis', type: 'char', length: 5 })
  communeNis!: string;

  @ManyToOne(() => CommuneEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_nis' })
  commune?: CommuneEntity;

  @Column({ type: 'text' })
  service!: InvoiceService;

  @Column({ type: 'text' })
  status!: InvoiceStatus;

  /** What made a draft from the pipeline (`diagnostic/<engagementId>`): unique, so the billing job creates it once. */
  @Column({ name: 'origin_key', type: 'text', nullable: true })
  originKey!: string | null;

  @Column({ type: 'text', nullable: true })
  series!: InvoiceSeries | null;

  /** The Brussels calendar year of the issue date: each series restarts at 1 every year. */
  @Column({ name: 'fiscal_year', type: 'integer', nullable: true })
  fiscalYear!: number | null;

  @Column({ type: 'integer', nullable: true })
  sequence!: number | null;

  /** `CF-2026-0007`. */
  @Column({ type: 'text', nullable: true })
  number!: string | null;

  @Column({ name: 'issue_date', type: 'date', nullable: true })
  issueDate!: string | null;

  /** 30 days after the issue date; invoices only. */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  /** The 12 digits of the Belgian structured communication. */
  @Column({ name: 'structured_communication', type: 'char', length: 12, nullable: true })
  structuredCommunication!: string | null;

  /** A credit note's invoice. */
  @Column({ name: 'credited_invoice_id', type: 'uuid', nullable: true })
  creditedInvoiceId!: string | null;

  @ManyToOne(() => InvoiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'credited_invoice_id' })
  creditedInvoice?: InvoiceEntity | null;

  /** The campaign's category when the draft was made: new lines take it. */
  @Column({ name: 'vat_category', type: 'char', length: 1 })
  vatCategory!: 'S' | 'O';

  @Column({ name: 'net_cents', type: 'integer', default: 0 })
  netCents!: number;

  @Column({ name: 'vat_cents', type: 'integer', default: 0 })
  vatCents!: number;

  @Column({ name: 'gross_cents', type: 'integer', default: 0 })
  grossCents!: number;

  @Column({ name: 'paid_cents', type: 'integer', default: 0 })
  paidCents!: number;

  /** What credit notes took off the invoice (their gross amounts). */
  @Column({ name: 'credited_cents', type: 'integer', default: 0 })
  creditedCents!: number;

  /** BEP as it was at issue (`SellerParty`); null on a draft. */
  @Column({ type: 'jsonb', nullable: true })
  seller!: object | null;

  /** The commune as it was at issue (`BuyerParty`); null on a draft. */
  @Column({ type: 'jsonb', nullable: true })
  buyer!: object | null;

  /** A free note on an invoice; the reason of a credit note. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Optimistic concurrency: a change naming another version is refused (409). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Null when the billing job made the draft. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by' })
  updater?: UserEntity | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by' })
  issuer?: UserEntity | null;
}
