import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EngagementEntity } from './engagement.entity';
import { ScoringModelVersionEntity } from './scoring-model-version.entity';

/**
 * An engagement's maturity scores by one scoring model version: 0-100 per dimension and overall.
 * Scoring again with a new model adds a row; the old scores stay with the version they came from.
 */
@Entity({ name: 'maturity_score' })
@Index('maturity_score_key', ['engagementId', 'scoringModelVersionId'], { unique: true })
@Check('maturity_score_overall_range', `"overall" IS NULL OR "overall" BETWEEN 0 AND 100`)
export class MaturityScoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Column({ name: 'scoring_model_version_id', type: 'uuid' })
  scoringModelVersionId!: string;

  @ManyToOne(() => ScoringModelVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scoring_model_version_id' })
  scoringModelVersion?: ScoringModelVersionEntity;

  /** Dimension id → 0-100, or null when none of its questions was shown (libs/domain `DimensionScore`). */
  @Column({ type: 'jsonb' })
  dimensions!: Record<string, number | null>;

  @Column({ type: 'smallint', nullable: true })
  overall!: number | null;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
