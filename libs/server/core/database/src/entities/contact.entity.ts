import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CommuneEntity } from './commune.entity';

/** A person at a commune. Personal data (GDPR): exported and erased on request. */
@Entity({ name: 'contact' })
@Index('contact_commune_idx', ['communeNis'])
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commune_nis', type: 'char', length: 5 })
  communeNis!: string;

  @ManyToOne(() => CommuneEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_nis' })
  commune?: CommuneEntity;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  /** Agent, échevin, directeur général, bourgmestre, finance officer... */
  @Column({ type: 'text' })
  function!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** Part of the binôme (one agent + one échevin) that answers the questionnaire. */
  @Column({ name: 'is_binome', type: 'boolean', default: false })
  isBinome!: boolean;

  /** Set when the contact was erased: the row stays so that history keeps its references. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
