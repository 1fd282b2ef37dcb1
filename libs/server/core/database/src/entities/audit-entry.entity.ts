import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change to the data: who, when, which entity, before and after, and the request it came
 * from. Written in the same transaction as the change; a trigger refuses updates and deletes.
 */
@Entity({ name: 'audit_entry' })
@Index('audit_entry_entity_idx', ['entityType', 'entityId'])
@Index('audit_entry_occurred_idx', ['occurredAt'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  /** Null for changes made by the system (the worker, migrations, the demo loader). */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** e.g. create, update, delete, login, logout, export, erase. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: object | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;
}
