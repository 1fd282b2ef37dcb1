import type { TimelineEntry } from '@bep/contracts';
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
  | (ItemBase & { kind: 'activity'; type: ActivityType; subject: string; done: boolean; outcome: string | null })
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
  return { ...base, kind: 'other', summary: entry.summary };
}

/**
 * The timeline newest first: people open a commune to see what happened lately and what comes
 * next (a scheduled activity sits at its future date, on top), not the opening of the campaign.
 */
export function timelineItems(entries: readonly TimelineEntry[]): TimelineItem[] {
  return entries.map(itemOf).sort((a, b) => b.at.localeCompare(a.at));
}
