import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Stage } from '@bep/domain';
import { EngagementEntity } from './engagement.entity';
import { UserEntity } from './user.entity';
import { STAGE_SQL_LIST } from './sql-list';

/**
 * The stage history: one row per move. `fromStage` is null for the first stage. Only `leftAt` is
 * ever written afterwards, by the next move (a trigger, `StageStayEnd` migration).
 */
@Entity({ name: 'stage_change' })
@Index('stage_change_engagement_idx', ['engagementId', 'changedAt'])
@Check('stage_change_from_valid', `"from_stage" IS NULL OR "from_stage" IN (${STAGE_SQL_LIST})`)
@Check('stage_change_to_valid', `"to_stage" IN (${STAGE_SQL_LIST})`)
export class StageChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage!: Stage | null;

  @Column({ name: 'to_stage', type: 'text' })
  toStage!: Stage;

  /** Null for changes made by the system (imports, the demo loader). */
  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by' })
  changedByUser?: UserEntity | null;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** When the engagement left the stage it entered here (the next move's instant); null while it stands there. */
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  leftAt!: Date | null;
}
