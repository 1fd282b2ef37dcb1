import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MailMessage, MailMessagePage, MailMessageQuery } from '@bep/contracts';
import { maskSurveyLinks, SqlFilter, type MailAddress, type MailTransportName } from '@bep/server/core/database';
import type { DataSource } from 'typeorm';

interface MailMessageRow {
  id: string;
  reminder_id: string | null;
  transport: MailTransportName;
  from_address: string;
  to_addresses: MailAddress[];
  subject: string;
  text_body: string;
  html_body: string;
  sent_at: Date;
}

/**
 * The e-mails as they left, through SMTP or into the in-app outbox ("Boîte d'envoi"), newest
 * first. Read-only: the worker writes them when it delivers a reminder.
 */
@Injectable()
export class MailMessagesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: MailMessageQuery, { linksWhole }: { linksWhole: boolean }): Promise<MailMessagePage> {
    const where = new SqlFilter();
    if (query.reminderId) where.where('m."reminder_id" = ?', query.reminderId);
    if (query.communeNis) where.where('e."commune_nis" = ?', query.communeNis);
    const from = `FROM "mail_message" m
                    LEFT JOIN "reminder" r ON r."id" = m."reminder_id"
                    LEFT JOIN "engagement" e ON e."id" = r."engagement_id"
                  ${where.sql}`;
    const manager = this.dataSource.manager;
    const [counted] = await manager.query<{ total: string }[]>(`SELECT count(*) AS total ${from}`, where.params);
    const rows = await manager.query<MailMessageRow[]>(
      `SELECT m."id", m."reminder_id", m."transport", m."from_address", m."to_addresses", m."subject", m."text_body", m."html_body", m."sent_at"
         ${from}
        ORDER BY m."sent_at" DESC, m."id" DESC
        LIMIT ${where.next(query.limit)} OFFSET ${where.next(query.offset)}`,
      where.params,
    );
    const messages = rows.map(toMailMessage);
    const shown = linksWhole ? messages : messages.map(withLinksMasked);
    return { items: shown, total: Number(counted?.total ?? 0), limit: query.limit, offset: query.offset };
  }
}

function toMailMessage(row: MailMessageRow): MailMessage {
  return {
    id: row.id,
    reminderId: row.reminder_id,
    transport: row.transport,
    from: row.from_address,
    to: row.to_addresses,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    sentAt: row.sent_at.toISOString(),
  };
}

/** The message with its questionnaire links' tokens cut out, for a reader who may not answer for the commune. */
function withLinksMasked(message: MailMessage): MailMessage {
  return { ...message, text: maskSurveyLinks(message.text), html: maskSurveyLinks(message.html) };
}
