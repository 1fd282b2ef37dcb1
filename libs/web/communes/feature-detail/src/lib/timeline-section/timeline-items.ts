import type { TimelineEntry } from '@bep/contracts';
import { ACTIVITY_TYPES, isStage, type ActivityType, type Stage } from '@bep/domain';

interface ItemBase {
  at: string;
  /** Who did it; null: the system (the opening of the campaign, for instance). */
  actor: string | null;
}

/** A timeline entry as the page shows it, its details read once (the API types them as a loose record). */
export type TimelineItem =
  | (ItemBase & { kind: 'stage-change'; from: Stage | null; to: Stage; note: string | null })
  | (ItemBase & { kind: 'assignment'; lead: string | null; consultants: string[] })
  | (ItemBase & { kind: 'activity'; type: ActivityType; subject: string; done: boolean; outcome: string | null })
  /** A kind or details this client does not know yet (a newer API): shown with the server's summary. */
  | (ItemBase & { kind: 'other'; summary: string });

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

function isActivityType(value: unknown): value is ActivityType {
  return typeof value === 'string' && (ACTIVITY_TYPES as readonly string[]).includes(value);
}

function itemOf(entry: TimelineEntry): TimelineItem {
  const base: ItemBase = { at: entry.at, actor: entry.actor?.name ?? null };
  const details = entry.details;
  if (entry.kind === 'stage-change' && isStage(details['to'])) {
    return { ...base, kind: 'stage-change', from: isStage(details['from']) ? details['from'] : null, to: details['to'], note: text(details['note']) };
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
  return { ...base, kind: 'other', summary: entry.summary };
}

/**
 * The timeline newest first: people open a commune to see what happened lately and what comes
 * next (a scheduled activity sits at its future date, on top), not the opening of the campaign.
 */
export function timelineItems(entries: readonly TimelineEntry[]): TimelineItem[] {
  return entries.map(itemOf).sort((a, b) => b.at.localeCompare(a.at));
}
