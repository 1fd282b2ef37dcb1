import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ACTIVITY_TYPES, type ActivityType } from '@bep/domain';
import { EngagementEntity } from './engagement.entity';
import { UserEntity } from './user.entity';
import { sqlList } from './sql-list';

const ACTIVITY_TYPE_SQL_LIST = sqlList(ACTIVITY_TYPES);

/**
 * A typed entry on an engagement: a note, a call, an e-mail, a meeting, a diagnostic or a workshop.
 * Scheduled ones carry the instant (UTC) and the minutes they take, which the workload counts;
 * `completedAt` marks them done, so that an activity past its time and not done is late.
 */
@Entity({ name: 'activity' })
@Index('activity_engagement_idx', ['engagementId', 'scheduledAt'])
@Index('activity_scheduled_idx', ['scheduledAt'], { where: '"scheduled_at" IS NOT NULL AND "completed_at" IS NULL' })
@Check('activity_type_valid', `"type" IN (${ACTIVITY_TYPE_SQL_LIST})`)
@Check('activity_duration_range', `"duration_minutes" BETWEEN 0 AND 1440`)
export class ActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Column({ type: 'text' })
  type!: ActivityType;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'scheduled_at', type: 'timestamptz', nullable: true })
  scheduledAt!: Date | null;

  @Column({ name: 'duration_minutes', type: 'integer', default: 0 })
  durationMinutes!: number;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** Where it takes place (an address, a room, a video call): the agenda shows it with the time. */
  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  createdByUser?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
