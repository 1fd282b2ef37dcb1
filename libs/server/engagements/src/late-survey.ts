/**
 * The dashboard's "survey unanswered" (`survey-unanswered` late items): an engagement still at
 * `survey_sent` past the first questionnaire reminder's delay of its campaign
 * (`surveyUnanswered.firstAfterDays` of the reminder settings). Written once, for the figures and
 * for the managers' action that sends those communes a reminder now, so that the action reaches
 * exactly the communes the dashboard counts. Each takes the engagement's alias and SQL parameters.
 */

/** When the engagement became late: the first reminder's delay after the questionnaire was sent. */
export function surveyLateSinceSql(engagement: string, firstAfterDays: string): string {
  return `${engagement}."stage_entered_at" + make_interval(days => ${firstAfterDays})`;
}

/** Whether the engagement waits for its questionnaire's answers: late once `surveyLateSinceSql` has passed. */
export function surveyUnansweredSql(engagement: string): string {
  return `${engagement}."stage" = 'survey_sent'`;
}

/** Whether the engagement is late for its questionnaire at `now`. */
export function surveyUnansweredLateSql(engagement: string, firstAfterDays: string, now: string): string {
  return `${surveyUnansweredSql(engagement)} AND ${surveyLateSinceSql(engagement, firstAfterDays)} < ${now}`;
}
