import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { REMINDER_RULES, REMINDER_SKIP_REASONS, REMINDER_STATUSES, type ReminderRuleName, type ReminderSkipReason, type ReminderStatus } from '@bep/domain';
import { CampaignEntity } from './campaign.entity';
import { EngagementEntity } from './engagement.entity';
import { sqlList } from './sql-list';

/**
 * One reminder the rules called for, whatever became of it. Its key (rule, engagement or
 * campaign, occurrence) is unique: planning twice finds the row already there, and a worker sends
 * only a row it moved from `scheduled` to `sending` itself, so no reminder leaves twice.
 */
@Entity({ name: 'reminder' })
@Index('reminder_key_unique', ['key'], { unique: true })
@Index('reminder_due_idx', ['status', 'sendAt'])
@Index('reminder_engagement_idx', ['engagementId', 'sendAt'])
@Check('reminder_rule_valid', `"rule" IN (${sqlList(REMINDER_RULES)})`)
@Check('reminder_status_valid', `"status" IN (${sqlList(REMINDER_STATUSES)})`)
@Check('reminder_skip_reason_valid', `"skip_reason" IS NULL OR "skip_reason" IN (${sqlList(REMINDER_SKIP_REASONS)})`)
@Check('reminder_occurrence_positive', `"occurrence" >= 1 AND "attempts" >= 0`)
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  /** Null for a campaign's weekly digest. */
  @Column({ name: 'engagement_id', type: 'uuid', nullable: true })
  engagementId!: string | null;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity | null;

  @Column({ type: 'text' })
  rule!: ReminderRuleName;

  @Column({ type: 'integer' })
  occurrence!: number;

  /** The activity or invoice it is about, when there is one. */
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId!: string | null;

  /** When the rule makes it due. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  /** When it may leave: the next opening of the sending window from `dueAt`, or now when a manager sends it. */
  @Column({ name: 'send_at', type: 'timestamptz' })
  sendAt!: Date;

  @Column({ type: 'text' })
  status!: ReminderStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'skip_reason', type: 'text', nullable: true })
  skipReason!: ReminderSkipReason | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
