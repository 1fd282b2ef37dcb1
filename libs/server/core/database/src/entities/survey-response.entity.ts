import { Check, Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { EngagementEntity } from './engagement.entity';
import { QuestionnaireVersionEntity } from './questionnaire-version.entity';
import { UserEntity } from './user.entity';

/**
 * An engagement's questionnaire, from the first answer saved to its submission: by the commune
 * through its link, or typed in by a manager from a paper copy (`submitted_by`).
 */
@Entity({ name: 'survey_response' })
@Check('survey_response_submitted', `("submitted_at" IS NULL) OR ("submitted_via" IN ('link', 'manager'))`)
@Check('survey_response_submitted_by_manager', `("submitted_via" = 'manager') = ("submitted_by" IS NOT NULL)`)
export class SurveyResponseEntity {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @OneToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Column({ name: 'questionnaire_version_id', type: 'uuid' })
  questionnaireVersionId!: string;

  @ManyToOne(() => QuestionnaireVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'questionnaire_version_id' })
  questionnaireVersion?: QuestionnaireVersionEntity;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** `link`: the commune submitted; `manager`: a manager typed in the paper answers. */
  @Column({ name: 'submitted_via', type: 'text', nullable: true })
  submittedVia!: 'link' | 'manager' | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  // RESTRICT, not SET NULL: a paper submission must keep its manager (survey_response_submitted_by_manager).
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by' })
  submitter?: UserEntity | null;
}
