import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EngagementEntity } from './engagement.entity';
import { UserEntity } from './user.entity';

/**
 * A commune's personal link to its questionnaire: only the SHA-256 of its random token is kept, so
 * that the database alone opens no questionnaire. At most one link of an engagement is in force; a
 * manager revokes it and issues another. It expires with its campaign (read from the campaign).
 */
@Entity({ name: 'survey_link' })
@Index('survey_link_token_hash_key', ['tokenHash'], { unique: true })
@Index('survey_link_in_force_key', ['engagementId'], { unique: true, where: '"revoked_at" IS NULL' })
export class SurveyLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  /** The token's SHA-256, hexadecimal. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Null: issued by the campaign's opening (no person). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revoked_by' })
  revoker?: UserEntity | null;
}
