import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ROLES, type Role } from '@bep/contracts';
import { ConsultantEntity } from './consultant.entity';
import { sqlList } from './sql-list';

const ROLE_SQL_LIST = sqlList(ROLES);

/** An account. A consultant user is linked to its consultant record. */
@Entity({ name: 'app_user' })
@Index('app_user_email_key', { synchronize: false })
@Check('app_user_roles_valid', `"roles" <@ ARRAY[${ROLE_SQL_LIST}]::text[]`)
@Check('app_user_consultant_role', `"consultant_id" IS NULL OR 'consultant' = ANY("roles")`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: Role[];

  @Column({ name: 'consultant_id', type: 'uuid', nullable: true })
  consultantId!: string | null;

  @ManyToOne(() => ConsultantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultant_id' })
  consultant?: ConsultantEntity | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
