import type { ActivityType } from '@bep/domain';

const done = (engagement: string, type: ActivityType) =>
  `EXISTS (SELECT 1 FROM "activity" w WHERE w."engagement_id" = ${engagement}."id" AND w."type" = '${type}' AND w."completed_at" IS NOT NULL)`;

/**
 * A SQL expression of the work recorded as done on the engagement aliased `engagement` (WorkDone of
 * libs/domain: a diagnostic and a workshop with a completion date), which the rule of the billing
 * stage decides on: the move reads it under its lock, the lists send it so that the client can say
 * what is missing before any request.
 */
export const workDoneSql = (engagement: string) =>
  `json_build_object('diagnosticDone', ${done(engagement, 'diagnostic')}, 'workshopDone', ${done(engagement, 'workshop')})`;
