import type { CreateActivityRequest } from '@bep/contracts';
import type { ActivityType } from '@bep/domain';

/** What an activity form holds, as typed. */
export interface ActivityFormValue {
  type: ActivityType;
  subject: string;
  /** `YYYY-MM-DDTHH:mm`, a Brussels wall-clock time; empty: no time (a record of what happened now). */
  when: string;
  duration: number | null;
  /** Where it takes place; empty: not said. */
  location: string;
  completed: boolean;
  outcome: string;
  contactIds: string[];
  consultantIds: string[];
}

/**
 * The API request of an activity form (the full form and the quick log share it): texts trimmed,
 * an empty time, place or outcome sent as null, an outcome only for what is done, the type's
 * default duration unless one was typed.
 */
export function activityRequest(value: ActivityFormValue): CreateActivityRequest {
  const { type, subject, when, duration, location, completed, outcome, contactIds, consultantIds } = value;
  return {
    type,
    subject: subject.trim(),
    scheduledAt: when || null,
    location: location.trim() || null,
    completed,
    outcome: completed && outcome.trim() ? outcome.trim() : null,
    participants: { contactIds, consultantIds },
    ...(duration === null ? {} : { durationMinutes: duration }),
  };
}
