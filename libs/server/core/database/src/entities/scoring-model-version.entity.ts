import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { QuestionnaireVersionEntity } from './questionnaire-version.entity';

/** One version of a scoring model (libs/domain `ScoringModel`) for one questionnaire version; never changed once written. */
@Entity({ name: 'scoring_model_version' })
@Index('scoring_model_version_key', ['code', 'version'], { unique: true })
@Check('scoring_model_version_positive', `"version" > 0`)
export class ScoringModelVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'questionnaire_version_id', type: 'uuid' })
  questionnaireVersionId!: string;

  @ManyToOne(() => QuestionnaireVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'questionnaire_version_id' })
  questionnaireVersion?: QuestionnaireVersionEntity;

  @Column({ type: 'jsonb' })
  definition!: unknown;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
