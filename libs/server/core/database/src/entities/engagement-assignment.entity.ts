import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ConsultantEntity } from './consultant.entity';
import { EngagementEntity } from './engagement.entity';

/** A consultant assigned to an engagement; exactly one of them may be the lead. */
@Entity({ name: 'engagement_assignment' })
@Index('engagement_assignment_single_lead', ['engagementId'], { unique: true, where: '"is_lead"' })
@Index('engagement_assignment_consultant_idx', ['consultantId'])
export class EngagementAssignmentEntity {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @PrimaryColumn({ name: 'consultant_id', type: 'uuid' })
  consultantId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @ManyToOne(() => ConsultantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultant_id' })
  consultant?: ConsultantEntity;

  @Column({ name: 'is_lead', type: 'boolean', default: false })
  isLead!: boolean;

  @CreateDateColumn({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;
}
