import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SurveyResponseEntity } from './survey-response.entity';
import { UserEntity } from './user.entity';

/**
 * The answers of one section of an engagement's questionnaire, saved as they are typed. The section
 * is the unit two people fill at once: each save names the revision it started from, and one made
 * on an older revision is refused rather than written over the other person's answers.
 */
@Entity({ name: 'survey_section_answers' })
@Check('survey_section_answers_revision_positive', `"revision" > 0`)
export class SurveySectionAnswersEntity {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => SurveyResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  response?: SurveyResponseEntity;

  @PrimaryColumn({ name: 'section_id', type: 'text' })
  sectionId!: string;

  /** Question id → answer (libs/domain `Answers`). */
  @Column({ type: 'jsonb' })
  answers!: Record<string, unknown>;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Null: the commune, through its link. */
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by' })
  updater?: UserEntity | null;
}
