/**
 * What is late on an engagement, by kind: a diagnostic asked for and not scheduled, a scheduled
 * activity past its time and not done, a questionnaire unanswered past the first reminder's delay.
 */
export type LateKind = 'diagnostic-not-scheduled' | 'activity-overdue' | 'survey-unanswered';

/**
 * The kinds in the order a person should see to them: first what only a person can do (schedule
 * the diagnostic, hold or close the overdue activity), last the unanswered questionnaires, which the
 * reminders already chase on their own. An unscheduled diagnostic comes before thirty questionnaires.
 */
export const LATE_KINDS: readonly LateKind[] = ['diagnostic-not-scheduled', 'activity-overdue', 'survey-unanswered'];

/** Whether a person must act on this kind of late item (the reminders do not handle it). */
export function needsPerson(kind: LateKind): boolean {
  return kind !== 'survey-unanswered';
}

/** What a late item is ordered by: its kind, then since when it is late (an ISO instant). */
export interface LateWork {
  readonly kind: LateKind;
  readonly since: string;
}

/**
 * The order of the late list: by kind (LATE_KINDS), then the longest late first. Ties keep their
 * order (Array.prototype.sort is stable), so a caller's own tie-break survives.
 */
export function compareLateWork(a: LateWork, b: LateWork): number {
  return LATE_KINDS.indexOf(a.kind) - LATE_KINDS.indexOf(b.kind) || Date.parse(a.since) - Date.parse(b.since);
}
