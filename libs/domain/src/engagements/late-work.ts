/**
 * What is late on an engagement, by kind: a diagnostic asked for and not scheduled, a scheduled
 * activity past its time and not done, a questionnaire unanswered past the first reminder's delay.
 */
export type LateKind = 'diagnostic-not-scheduled' | 'activity-overdue' | 'survey-unanswered';

/**
 * The kinds in the order a person should see to them, the late list's first key (the longest late
 * first within a kind): first what only a person can do (schedule the diagnostic, hold or close the
 * overdue activity), last the unanswered questionnaires, which the reminders already chase on their
 * own. An unscheduled diagnostic comes before thirty questionnaires. The API's SQL orders by it.
 */
export const LATE_KINDS: readonly LateKind[] = ['diagnostic-not-scheduled', 'activity-overdue', 'survey-unanswered'];
