import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { CommuneEntity } from './commune.entity';

/**
 * How a commune is billed (the buyer of its invoices): one profile per commune, entered by
 * finance. The API stores the normalised forms only; the checks keep a hand-written row from
 * reaching an invoice in another form.
 */
@Entity({ name: 'commune_billing_profile' })
@Check('commune_billing_enterprise_number_format', `"enterprise_number" ~ '^[01][0-9]{9}$'`)
@Check('commune_billing_vat_number_format', `"vat_number" IS NULL OR "vat_number" = 'BE' || "enterprise_number"`)
@Check('commune_billing_peppol_endpoint_format', `"peppol_endpoint" ~ '^[01][0-9]{9}$'`)
@Check('commune_billing_postal_code_format', `"postal_code" ~ '^[1-9][0-9]{3}$'`)
export class CommuneBillingProfileEntity {
  @PrimaryColumn({ type: 'char', length: 5 })
  nis!: string;

  @OneToOne(() => CommuneEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nis' })
  commune?: CommuneEntity;

  @Column({ type: 'text' })
  street!: string;

  @Column({ name: 'postal_code', type: 'char', length: 4 })
  postalCode!: string;

  @Column({ type: 'text' })
  city!: string;

  /** BCE/KBO, 10 digits. */
  @Column({ name: 'enterprise_number', type: 'char', length: 10 })
  enterpriseNumber!: string;

  /** `BE` + the enterprise number, when the commune has one. */
  @Column({ name: 'vat_number', type: 'text', nullable: true })
  vatNumber!: string | null;

  /** Peppol participant id in scheme 0208 (an enterprise number). */
  @Column({ name: 'peppol_endpoint', type: 'char', length: 10 })
  peppolEndpoint!: string;

  /** UBL BuyerReference (BT-10): the reference the commune asks for. */
  @Column({ name: 'buyer_reference', type: 'text' })
  buyerReference!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** Dated by the application's clock, like its audit entry. */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
