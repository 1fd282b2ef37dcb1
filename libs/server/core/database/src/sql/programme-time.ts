import { PROGRAMME_TIME_ZONE } from '@bep/domain';

/**
 * Brussels calendar days and wall-clock times inside SQL, for the reads that sort, group or count
 * by them in the database. The zone is the domain's `PROGRAMME_TIME_ZONE`, named nowhere else.
 */
const SQL_TIME_ZONE = `'${PROGRAMME_TIME_ZONE.replaceAll("'", "''")}'`;

/** The Brussels wall-clock time (timestamp without zone) of a timestamptz expression. */
export function brusselsLocalSql(instant: string): string {
  return `(${instant} AT TIME ZONE ${SQL_TIME_ZONE})`;
}

/**
 * Whole Brussels calendar days from a timestamptz expression to `now`, another one (moved
 * yesterday evening: 1 this morning). `now` is the application's clock passed as a query
 * parameter (`$3::timestamptz`), not the database's `now()`: a demo or a test runs on its own
 * calendar.
 */
export function brusselsDaysSinceSql(instant: string, now: string): string {
  return `(${brusselsLocalSql(now)}::date - ${brusselsLocalSql(instant)}::date)`;
}

/** The instant a Brussels calendar day (a date expression) begins. */
export function brusselsDayStartSql(day: string): string {
  return `((${day})::timestamp AT TIME ZONE ${SQL_TIME_ZONE})`;
}
