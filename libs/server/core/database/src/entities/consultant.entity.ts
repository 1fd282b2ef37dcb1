import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from './sql-list';

const CONSULTANT_OFFICES = ['BE', 'FR'] as const;
export type ConsultantOffice = (typeof CONSULTANT_OFFICES)[number];

/** A consultant of Ocalia, from the Belgian office or the French head office. */
@Entity({ name: 'consultant' })
@Index('consultant_email_key', { synchronize: false })
@Check('consultant_office_valid', `"office" IN (${sqlList(CONSULTANT_OFFICES)})`)
@Check('consultant_capacity_range', `"weekly_capacity_hours" BETWEEN 0 AND 80`)
export class ConsultantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'char', length: 2 })
  office!: ConsultantOffice;

  @Column({ name: 'weekly_capacity_hours', type: 'integer', default: 32 })
  weeklyCapacityHours!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
