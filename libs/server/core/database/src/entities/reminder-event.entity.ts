import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { REMINDER_EVENT_KINDS, type ReminderEventKind } from '@bep/domain';
import { ReminderEntity } from './reminder.entity';
import { sqlList } from './sql-list';

/** One line of a reminder's log: queued, deferred to the next window, sent, skipped, failed (with why), cancelled, resent. */
@Entity({ name: 'reminder_event' })
@Index('reminder_event_reminder_idx', ['reminderId', 'at'])
@Check('reminder_event_kind_valid', `"kind" IN (${sqlList(REMINDER_EVENT_KINDS)})`)
export class ReminderEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'reminder_id', type: 'uuid' })
  reminderId!: string;

  @ManyToOne(() => ReminderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reminder_id' })
  reminder?: ReminderEntity;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text' })
  kind!: ReminderEventKind;

  /** The reason of a skip, the error of a failure, the new time of a deferral. */
  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  /** Who cancelled or resent it; null for the system. */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;
}
