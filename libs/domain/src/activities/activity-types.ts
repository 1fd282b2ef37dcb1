/** The kinds of entries a consultant or a manager logs on an engagement. */
export const ACTIVITY_TYPES = ['note', 'call', 'email', 'meeting', 'diagnostic', 'workshop'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/**
 * How long an activity takes when nobody says, in minutes: what the consultants' workload counts
 * against their weekly capacity. A diagnostic is a half-day on site, a workshop a morning with its
 * preparation; a note takes no consultant time worth planning.
 */
export const DEFAULT_ACTIVITY_MINUTES: Readonly<Record<ActivityType, number>> = {
  note: 0,
  call: 30,
  email: 15,
  meeting: 90,
  diagnostic: 240,
  workshop: 240,
};

