import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Key/value settings that belong to the deployment, not to the code (seller identity, demo marker...). */
@Entity({ name: 'app_setting' })
export class AppSettingEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The key of BEP's identity as the seller of its invoices (read by the billing capability, written by the demo too). */
export const SELLER_IDENTITY_SETTING = 'seller_identity';
