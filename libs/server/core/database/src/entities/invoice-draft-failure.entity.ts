import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EngagementEntity } from './engagement.entity';

/**
 * A draft the billing job could not make (yet): the last error and how many attempts failed, for
 * finance to see and act on. Removed when the draft is made.
 */
@Entity({ name: 'invoice_draft_failure' })
export class InvoiceDraftFailureEntity {
  /** The draft's origin key (`diagnostic/<engagementId>`). */
  @PrimaryColumn({ name: 'origin_key', type: 'text' })
  originKey!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Column({ name: 'last_error', type: 'text' })
  lastError!: string;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'failed_at', type: 'timestamptz' })
  failedAt!: Date;
}
