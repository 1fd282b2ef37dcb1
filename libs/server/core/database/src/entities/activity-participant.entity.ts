import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ActivityEntity } from './activity.entity';
import { ConsultantEntity } from './consultant.entity';
import { ContactEntity } from './contact.entity';

/**
 * Who takes part in an activity: a contact of the commune or a consultant, exactly one per row.
 * A contact who took part cannot be deleted, only erased (GDPR), so the activity keeps its row.
 */
@Entity({ name: 'activity_participant' })
@Index('activity_participant_contact_key', ['activityId', 'contactId'], { unique: true, where: '"contact_id" IS NOT NULL' })
@Index('activity_participant_consultant_key', ['activityId', 'consultantId'], { unique: true, where: '"consultant_id" IS NOT NULL' })
@Index('activity_participant_consultant_idx', ['consultantId'])
@Check('activity_participant_one_person', `("contact_id" IS NULL) <> ("consultant_id" IS NULL)`)
export class ActivityParticipantEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: ActivityEntity;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity | null;

  @Column({ name: 'consultant_id', type: 'uuid', nullable: true })
  consultantId!: string | null;

  @ManyToOne(() => ConsultantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultant_id' })
  consultant?: ConsultantEntity | null;
}
