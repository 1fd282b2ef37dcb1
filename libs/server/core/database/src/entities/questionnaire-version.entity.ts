import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One version of a questionnaire, its definition as data (libs/domain `Questionnaire`). Written
 * once from the definitions in the repository and never changed: a campaign's answers keep the
 * meaning of the version it used.
 */
@Entity({ name: 'questionnaire_version' })
@Index('questionnaire_version_key', ['code', 'version'], { unique: true })
@Check('questionnaire_version_positive', `"version" > 0`)
export class QuestionnaireVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  definition!: unknown;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
