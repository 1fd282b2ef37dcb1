import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Stage } from '@bep/domain';
import { CampaignEntity } from './campaign.entity';
import { CommuneEntity } from './commune.entity';
import { STAGE_SQL_LIST } from './sql-list';

/** One commune in one campaign: its stage in the pipeline, with optimistic concurrency. */
@Entity({ name: 'engagement' })
@Index('engagement_campaign_commune_key', ['campaignId', 'communeNis'], { unique: true })
@Index('engagement_campaign_stage_idx', ['campaignId', 'stage'])
@Check('engagement_stage_valid', `"stage" IN (${STAGE_SQL_LIST})`)
export class EngagementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column({ name: 'commune_nis', type: 'char', length: 5 })
  communeNis!: string;

  @ManyToOne(() => CommuneEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_nis' })
  commune?: CommuneEntity;

  @Column({ type: 'text' })
  stage!: Stage;

  @Column({ name: 'stage_entered_at', type: 'timestamptz' })
  stageEnteredAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
