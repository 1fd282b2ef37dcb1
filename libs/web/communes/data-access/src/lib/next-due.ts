import type { Activity } from '@bep/contracts';
import { isClosedStage, type Stage } from '@bep/domain';

/** What comes next on an engagement: its soonest planned activity, or else what its stage calls for. */
export type NextDue = { kind: 'activity'; activity: Activity; overdue: boolean } | { kind: 'stage'; stage: Stage };

const time = (instant: string | null) => (instant ? Date.parse(instant) : Number.POSITIVE_INFINITY);

/**
 * The one thing to see to first on an engagement (a consultant's "what is due next"): the soonest
 * activity not done yet among `activities` (an undated one after the dated ones; overdue when its
 * time is before `now`), otherwise the work the stage calls for. A closed engagement calls for nothing.
 */
export function nextDue(stage: Stage, activities: readonly Activity[], now: number): NextDue | null {
  const [first] = activities.filter((activity) => !activity.completedAt).sort((a, b) => time(a.scheduledAt) - time(b.scheduledAt));
  if (first) {
    return { kind: 'activity', activity: first, overdue: time(first.scheduledAt) < now };
  }
  return isClosedStage(stage) ? null : { kind: 'stage', stage };
}
