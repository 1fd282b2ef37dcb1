import { Pipe, PipeTransform } from '@angular/core';
import type { ReminderEvent } from '@bep/contracts';
import { REMINDER_SKIP_REASONS, type ReminderRuleName } from '@bep/domain';

/** A sentence to translate, with its parameters. */
export interface Words {
  key: string;
  params?: Record<string, unknown>;
}

/** Words of the log: a sentence to translate, or the server's own text. */
export type LogWords = Words | { text: string };

/** The rules whose reminders come in series (reminded again until the condition ends, at most N times). */
const SERIES: readonly ReminderRuleName[] = ['surveyUnanswered', 'invoiceOverdue'];

/**
 * "rappel 2 sur 3" for a reminder of a series, with the series' length of the campaign's settings;
 * "rappel 4" once the settings hold fewer; null for a rule that sends one reminder.
 */
export function occurrenceWords(reminder: { rule: ReminderRuleName; occurrence: number }, maxCount: number | null): Words | null {
  if (!SERIES.includes(reminder.rule)) return null;
  return maxCount !== null && reminder.occurrence <= maxCount
    ? { key: 'reminders.occurrence', params: { n: reminder.occurrence, max: maxCount } }
    : { key: 'reminders.occurrenceOnly', params: { n: reminder.occurrence } };
}

/** `occurrenceWords` in a template: `@if (reminder | reminderOccurrence: max; as words) { {{ words.key | transloco: words.params }} }`. */
@Pipe({ name: 'reminderOccurrence' })
export class ReminderOccurrencePipe implements PipeTransform {
  transform(reminder: { rule: ReminderRuleName; occurrence: number }, maxCount: number | null): Words | null {
    return occurrenceWords(reminder, maxCount);
  }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T/;
const SENT = /^(smtp|outbox|notification)(?: by (.+))?$/;

/**
 * The detail of a line of a reminder's log in words, where the log keeps a code: the time it is to
 * leave (queued, deferred), how it left and which process sent it, the reason of a skip. An error's
 * text is the server's own and stays as it is. `date` formats an instant.
 */
export function eventDetailWords(event: Pick<ReminderEvent, 'kind' | 'detail'>, date: (instant: string) => string): LogWords[] {
  const detail = event.detail?.trim();
  if (!detail) return [];
  switch (event.kind) {
    case 'queued':
    case 'deferred':
      return INSTANT.test(detail) ? [{ key: `reminders.log.detail.${event.kind}`, params: { date: date(detail) } }] : [{ text: detail }];
    case 'resent':
      return [{ key: 'reminders.log.detail.resent' }];
    case 'sent': {
      const sent = SENT.exec(detail);
      if (!sent) return [{ text: detail }];
      return [{ key: `reminders.log.detail.${sent[1]}` }, ...(sent[2] ? [{ key: 'reminders.log.detail.worker', params: { worker: sent[2] } }] : [])];
    }
    case 'skipped':
    case 'cancelled':
      return (REMINDER_SKIP_REASONS as readonly string[]).includes(detail) ? [{ key: `reminders.skipReason.${detail}` }] : [{ text: detail }];
    default:
      return [{ text: detail }];
  }
}
