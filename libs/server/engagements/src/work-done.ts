/**
 * A SQL expression of the work recorded as done on the engagement aliased `engagement` (WorkDone of
 * libs/domain: a diagnostic and a workshop with a completion date), which the rule of the billing
 * stage decides on: the move reads it under its lock, the lists send it so that the client can say
 * what is missing before any request.
 *
 * One correlated aggregate over the engagement's activities done (an index probe per row) rather
 * than an EXISTS per type: PostgreSQL may run an EXISTS in a select list as a hashed subplan, which
 * reads every activity done of every campaign on each call (6,000 rows for a page of 50 at 35,000).
 */
export const workDoneSql = (engagement: string) =>
  `(SELECT json_build_object('diagnosticDone', COALESCE(bool_or(w."type" = 'diagnostic'), false), 'workshopDone', COALESCE(bool_or(w."type" = 'workshop'), false))
      FROM "activity" w WHERE w."engagement_id" = ${engagement}."id" AND w."completed_at" IS NOT NULL)`;
