import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReminderEntity } from './reminder.entity';
import { sqlList } from './sql-list';

export const MAIL_TRANSPORTS = ['smtp', 'outbox'] as const;
export type MailTransportName = (typeof MAIL_TRANSPORTS)[number];

export interface MailAddress {
  name: string;
  email: string;
}

/**
 * An e-mail as it left: through SMTP, or kept in the in-app outbox ("Boîte d'envoi") when no SMTP
 * server is configured. Either way the message is kept as the recipient sees it.
 */
@Entity({ name: 'mail_message' })
@Index('mail_message_sent_idx', ['sentAt'])
@Index('mail_message_reminder_idx', ['reminderId'])
@Check('mail_message_transport_valid', `"transport" IN (${sqlList(MAIL_TRANSPORTS)})`)
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'reminder_id', type: 'uuid', nullable: true })
  reminderId!: string | null;

  @ManyToOne(() => ReminderEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reminder_id' })
  reminder?: ReminderEntity | null;

  @Column({ type: 'text' })
  transport!: MailTransportName;

  /** The Message-ID header, derived from the reminder's key. */
  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  @Column({ name: 'from_address', type: 'text' })
  fromAddress!: string;

  @Column({ name: 'to_addresses', type: 'jsonb' })
  toAddresses!: MailAddress[];

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody!: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;
}
