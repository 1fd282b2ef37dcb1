import { INVOICE_TIMELINE_ACTIONS, type InvoiceTimelineAction, type TimelineEntry } from '@bep/contracts';
import {
  ACTIVITY_TYPES,
  isReminderRule,
  isStage,
  REMINDER_SKIP_REASONS,
  REMINDER_STATUSES,
  type ActivityType,
  type ReminderRuleName,
  type ReminderSkipReason,
  type ReminderStatus,
  type Stage,
} from '@bep/domain';

interface ItemBase {
  at: string;
  /** Who did it; null: the system (the opening of the campaign, for instance). */
  actor: string | null;
}

/** A timeline entry as the page shows it, its details read once (the API types them as a loose record). */
export type TimelineItem =
  /** `overridden`: a manager overrode a stage rule (the work the billing stage needs) with the note. */
  | (ItemBase & { kind: 'stage-change'; from: Stage | null; to: Stage; note: string | null; overridden: boolean })
  | (ItemBase & { kind: 'assignment'; lead: string | null; consultants: string[] })
  | (ItemBase & { kind: 'activity'; type: ActivityType; subject: string; done: boolean; location: string | null; outcome: string | null })
  /**
   * A reminder sent, skipped, cancelled or failed (at the time that happened), or the next one to
   * leave (at its `sendAt`, in the future).
   */
  | (ItemBase & {
      kind: 'reminder';
      reminderId: string;
      rule: ReminderRuleName;
      occurrence: number;
      status: ReminderStatus;
      /** Why it did not leave, said for a skipped one (a cancelled one says who cancelled it). */
      skipReason: ReminderSkipReason | null;
      /** The error of its last failed attempt, said for a failed one. */
      lastError: string | null;
      sendAt: string;
    })
  /**
   * A step of a co-financing document: a draft made, an invoice issued, a payment recorded (money
   * received on `paidOn`), a credit note issued (`invoiceId` and `number` are the credit note's,
   * `creditedNumber` the invoice's). The API sends them to the readers of invoices only.
   */
  | (ItemBase & {
      kind: 'invoice';
      action: InvoiceTimelineAction;
      invoiceId: string;
      number: string | null;
      amountCents: number;
      paidOn: string | null;
      creditedNumber: string | null;
    })
  /** A kind or details this client does not know yet (a newer API): shown with the server's summary. */
  | (ItemBase & { kind: 'other'; summary: string });

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

function isActivityType(value: unknown): value is ActivityType {
  return typeof value === 'string' && (ACTIVITY_TYPES as readonly string[]).includes(value);
}

const isReminderStatus = (value: unknown): value is ReminderStatus =>
  typeof value === 'string' && (REMINDER_STATUSES as readonly string[]).includes(value);
const isSkipReason = (value: unknown): value is ReminderSkipReason =>
  typeof value === 'string' && (REMINDER_SKIP_REASONS as readonly string[]).includes(value);
const isInvoiceAction = (value: unknown): value is InvoiceTimelineAction =>
  typeof value === 'string' && (INVOICE_TIMELINE_ACTIONS as readonly string[]).includes(value);

function itemOf(entry: TimelineEntry): TimelineItem {
  const base: ItemBase = { at: entry.at, actor: entry.actor?.name ?? null };
  const details = entry.details;
  if (entry.kind === 'stage-change' && isStage(details['to'])) {
    const from = isStage(details['from']) ? details['from'] : null;
    return { ...base, kind: 'stage-change', from, to: details['to'], note: text(details['note']), overridden: text(details['overrides']) !== null };
  }
  if (entry.kind === 'assignment' && Array.isArray(details['consultants'])) {
    return { ...base, kind: 'assignment', lead: text(details['lead']), consultants: details['consultants'].filter((name): name is string => typeof name === 'string') };
  }
  if (entry.kind === 'activity' && isActivityType(details['type'])) {
    return {
      ...base,
      kind: 'activity',
      type: details['type'],
      subject: text(details['subject']) ?? '',
      done: text(details['completedAt']) !== null,
      location: text(details['location']),
      outcome: text(details['outcome']),
    };
  }
  const sendAt = text(details['sendAt']);
  if (entry.kind === 'reminder' && isReminderRule(details['rule']) && isReminderStatus(details['status']) && typeof details['occurrence'] === 'number' && sendAt) {
    return {
      ...base,
      kind: 'reminder',
      reminderId: text(details['reminderId']) ?? '',
      rule: details['rule'],
      occurrence: details['occurrence'],
      status: details['status'],
      skipReason: isSkipReason(details['skipReason']) ? details['skipReason'] : null,
      lastError: text(details['lastError']),
      sendAt,
    };
  }
  const invoiceId = text(details['invoiceId']);
  if (entry.kind === 'invoice' && isInvoiceAction(details['action']) && invoiceId && Number.isSafeInteger(details['amountCents'])) {
    return {
      ...base,
      kind: 'invoice',
      action: details['action'],
      invoiceId,
      number: text(details['number']),
      amountCents: details['amountCents'] as number,
      paidOn: text(details['paidOn']),
      creditedNumber: text(details['creditedNumber']),
    };
  }
  return { ...base, kind: 'other', summary: entry.summary };
}

/**
 * The timeline newest first: people open a commune to see what happened lately and what comes
 * next (a scheduled activity sits at its future date, on top), not the opening of the campaign.
 */
export function timelineItems(entries: readonly TimelineEntry[]): TimelineItem[] {
  return entries.map(itemOf).sort((a, b) => b.at.localeCompare(a.at));
}
