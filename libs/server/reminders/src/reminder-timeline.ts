import { Injectable } from '@nestjs/common';
import { readsInvoices, type TimelineEntry } from '@bep/contracts';
import type { ReminderRuleName, ReminderSkipReason, ReminderStatus } from '@bep/domain';
import { TimelineSourceProvider, type TimelineSource, type TimelineViewer } from '@bep/server/engagements';
import { preparedQuery } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';
import { OVERDUE_INVOICE_RULE } from './overdue-invoice-rule';

interface TimelineRow {
  id: string;
  rule: ReminderRuleName;
  occurrence: number;
  status: ReminderStatus;
  skip_reason: ReminderSkipReason | null;
  last_error: string | null;
  due_at: Date;
  send_at: Date;
  sent_at: Date | null;
  updated_at: Date;
  user_id: string | null;
  user_name: string | null;
}

/** French words for the summary, which a client that does not know the `reminder` kind shows as it is. */
const RULE_WORDS: Record<ReminderRuleName, string> = {
  surveyInvitation: 'envoi du questionnaire',
  surveyUnanswered: 'questionnaire sans réponse',
  diagnosticNotScheduled: 'diagnostic non planifié',
  upcomingEvent: 'atelier ou diagnostic à venir',
  invoiceOverdue: 'facture échue',
  weeklyDigest: 'résumé hebdomadaire',
};
const STATUS_WORDS: Record<ReminderStatus, string> = {
  scheduled: 'prévu',
  sending: 'en cours d’envoi',
  sent: 'envoyé',
  skipped: 'non envoyé',
  cancelled: 'annulé',
  failed: 'échec de l’envoi',
};

/**
 * The reminders of an engagement on its timeline: each one sent (at the time it left), skipped,
 * failed or cancelled (at the time that happened), and the next one to leave (at its `sendAt`,
 * in the future); the others still scheduled stay in the reminders' list. The actor is the
 * manager who cancelled it or sent it now, if one did. The overdue-invoice reminders only for the
 * readers of invoices: the others read the engagement's other reminders, so the source leaves out
 * those rows rather than naming `readers` for all of it.
 */
@TimelineSourceProvider()
@Injectable()
export class ReminderTimeline implements TimelineSource {
  async entries(manager: EntityManager, engagementId: string, viewer: TimelineViewer): Promise<TimelineEntry[]> {
    const rows = await preparedQuery<TimelineRow>(
      manager,
      `SELECT r."id", r."rule", r."occurrence", r."status", r."skip_reason", r."last_error", r."due_at", r."send_at", r."sent_at", r."updated_at",
              u."id" AS user_id, u."full_name" AS user_name
         FROM "reminder" r
         LEFT JOIN LATERAL (
           SELECT ev."actor_user_id" FROM "reminder_event" ev
            WHERE ev."reminder_id" = r."id" AND ev."actor_user_id" IS NOT NULL
              AND ev."kind" = CASE WHEN r."status" = 'cancelled' THEN 'cancelled' ELSE 'resent' END
            ORDER BY ev."at" DESC, ev."id" DESC LIMIT 1
         ) acted ON TRUE
         LEFT JOIN "app_user" u ON u."id" = acted."actor_user_id"
        WHERE r."engagement_id" = $1 AND ($2::boolean OR r."rule" <> $3)
          AND (r."status" NOT IN ('scheduled', 'sending')
               OR r."id" = (SELECT n."id" FROM "reminder" n
                             WHERE n."engagement_id" = $1 AND ($2::boolean OR n."rule" <> $3) AND n."status" IN ('scheduled', 'sending')
                             ORDER BY n."send_at", n."id" LIMIT 1))`,
      [engagementId, readsInvoices(viewer.roles), OVERDUE_INVOICE_RULE],
    );
    return rows.map((row) => ({
      kind: 'reminder' as const,
      at: whenOf(row).toISOString(),
      actor: row.user_id && row.user_name ? { id: row.user_id, name: row.user_name } : null,
      summary: `Rappel « ${RULE_WORDS[row.rule]} » n° ${row.occurrence} : ${STATUS_WORDS[row.status]}${row.skip_reason && row.status === 'skipped' ? ` (${row.skip_reason})` : ''}`,
      details: {
        reminderId: row.id,
        rule: row.rule,
        occurrence: row.occurrence,
        status: row.status,
        skipReason: row.skip_reason,
        lastError: row.last_error,
        dueAt: row.due_at.toISOString(),
        sendAt: row.send_at.toISOString(),
        sentAt: row.sent_at?.toISOString() ?? null,
      },
    }));
  }
}

/** Where the entry sits: when it left, when it is to leave, or when it was skipped, failed or cancelled. */
function whenOf(row: TimelineRow): Date {
  if (row.status === 'sent') return row.sent_at ?? row.updated_at;
  if (row.status === 'scheduled' || row.status === 'sending') return row.send_at;
  return row.updated_at;
}
