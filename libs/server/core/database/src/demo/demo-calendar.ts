import { tz } from '@date-fns/tz';
import { brusselsDate, brusselsLocalToInstant, brusselsStartOfDay, brusselsWeekday, PROGRAMME_TIME_ZONE } from '@bep/domain';
import { addDays, addMonths, endOfMonth } from 'date-fns';
import { DEMO_CAMPAIGN_NAME, DEMO_DIAGNOSTIC_REQUESTS, DEMO_PROGRAMME_MONTHS, DEMO_SCHEDULED_DIAGNOSTIC, DEMO_SURVEYS_ANSWERED, DEMO_SURVEYS_IN_PROGRESS, DEMO_WORK_DONE, type DemoMoment } from './demo-data';

/**
 * The demo's story (the press article of spring 2019) on a calendar: the day the questionnaire
 * left, the instants the communes answered and asked, the diagnostic scheduled next, the
 * campaign's dates. Pure: everything follows from the start day, and the start day from the
 * "today" the caller gives (never read from the machine here).
 */
export interface DemoCalendar {
  campaign: { name: string; startsOn: string; endsOn: string; deadline: string };
  /** The questionnaire left at 09:00 Brussels time on the start day. */
  surveySentAt: Date;
  /** The five communes of the article: answered, then asked for the diagnostic, with their lead. */
  diagnosticRequests: { commune: string; answeredAt: Date; requestedAt: Date; lead: number }[];
  /** Questionnaires answered since, with no diagnostic asked yet. */
  surveysAnswered: { commune: string; answeredAt: Date }[];
  /** Questionnaires begun online, their first sections saved, the last at `savedAt`. */
  surveysInProgress: { commune: string; sections: number; savedAt: Date }[];
  /** The diagnostic scheduled in the week after "today", its commune's lead taking part. */
  scheduledDiagnostic: { commune: string; subject: string; scheduledAt: Date; durationMinutes: number; location: string; lead: number };
  /** The diagnostic and workshop already held (and recorded as done) for the commune ready to be billed, with its lead. */
  workDone: { commune: string; lead: number; activities: { type: 'diagnostic' | 'workshop'; subject: string; heldAt: Date; durationMinutes: number; location: string; outcome: string }[] };
}

const inBrussels = tz(PROGRAMME_TIME_ZONE);
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The questionnaire leaves at this Brussels time on the start day. */
const SURVEY_SENT_TIME = '09:00';

function startOfDay(day: string): Date {
  const start = brusselsStartOfDay(day);
  if (!start) throw new Error(`Not a calendar date: ${day}`);
  return start;
}

/** `day` (YYYY-MM-DD) moved by whole Brussels calendar days. */
export function addCalendarDays(day: string, days: number): string {
  return brusselsDate(addDays(startOfDay(day), days, { in: inBrussels }));
}

/** The ISO day of the week of a calendar date: 1 for Monday to 7 for Sunday. */
export function weekdayOf(day: string): number {
  return brusselsWeekday(startOfDay(day));
}

/** The Monday of the (ISO) week of `day`. */
export function mondayOf(day: string): string {
  return addCalendarDays(day, 1 - weekdayOf(day));
}

/** Easter Sunday of a year (the Gregorian computus, anonymous algorithm), as YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The ten Belgian public holidays: New Year, Easter Monday, Labour Day, Ascension, Whit Monday,
 * the National Day, Assumption, All Saints, Armistice and Christmas. Enough for the demo to avoid
 * sending its questionnaire on a day off; regional and substitute days are not counted.
 */
export function isBelgianPublicHoliday(day: string): boolean {
  const year = Number(day.slice(0, 4));
  const easter = easterSunday(year);
  const movable = [1, 39, 50].map((offset) => addCalendarDays(easter, offset));
  const fixed = ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'].map((monthDay) => `${year}-${monthDay}`);
  return movable.includes(day) || fixed.includes(day);
}

/** Monday to Friday, public holidays excepted. */
export function isWorkingDay(day: string): boolean {
  return weekdayOf(day) <= 5 && !isBelgianPublicHoliday(day);
}

/** `day` itself when it is a working day, else the next one. */
export function workingDayFrom(day: string): string {
  let candidate = day;
  while (!isWorkingDay(candidate)) candidate = addCalendarDays(candidate, 1);
  return candidate;
}

/**
 * The day the demo's questionnaire leaves, for a demo loaded at `today`: the Monday three weeks
 * before the Monday of today's week (Tuesday 17 March 2026: Monday 23 February), or the next
 * working day when that Monday is a public holiday.
 */
export function demoStartFor(today: Date): string {
  return workingDayFrom(addCalendarDays(mondayOf(brusselsDate(today)), -21));
}

/**
 * A start day as the DEMO_START setting gives it: a real calendar date (YYYY-MM-DD) at least three
 * weeks before today, so that the questionnaires answered in its first weeks have been answered.
 */
export function parseDemoStart(value: string, today: Date): string {
  const problem = `DEMO_START must be a date (YYYY-MM-DD) at least three weeks before today (${brusselsDate(today)}), such as 2019-04-29; got "${value}"`;
  const start = CALENDAR_DATE.test(value) ? brusselsStartOfDay(value) : null;
  // brusselsStartOfDay refuses days that do not exist (2019-02-30).
  if (!start || brusselsDate(start) !== value || addCalendarDays(value, 21) > brusselsDate(today)) {
    throw new Error(problem);
  }
  return value;
}

function instantOn(start: string, moment: DemoMoment): Date {
  const instant = brusselsLocalToInstant(`${addCalendarDays(start, moment.day)}T${moment.time}`);
  if (!instant) throw new Error(`No such Brussels time: day ${moment.day} at ${moment.time} after ${start}`);
  return instant;
}

/** The lead consultant of a commune that asked for the diagnostic. */
const leadOf = (commune: string) => DEMO_DIAGNOSTIC_REQUESTS.find((request) => request.commune === commune)?.lead ?? 0;

/** The demo's story with its questionnaire sent on `start` (YYYY-MM-DD); 2019-04-29 gives the historical dates. */
export function demoCalendarFrom(start: string): DemoCalendar {
  const startsAt = startOfDay(start);
  const endsOn = brusselsDate(endOfMonth(addMonths(startsAt, DEMO_PROGRAMME_MONTHS, { in: inBrussels }), { in: inBrussels }));
  const diagnostic = DEMO_SCHEDULED_DIAGNOSTIC;
  const diagnosticDay = workingDayFrom(addCalendarDays(mondayOf(start), 7 * diagnostic.weeksAfterStart + diagnostic.weekday - 1));
  return {
    campaign: { name: `${DEMO_CAMPAIGN_NAME} ${start.slice(0, 4)}`, startsOn: start, endsOn, deadline: endsOn },
    surveySentAt: instantOn(start, { day: 0, time: SURVEY_SENT_TIME }),
    diagnosticRequests: DEMO_DIAGNOSTIC_REQUESTS.map((request) => ({
      commune: request.commune,
      answeredAt: instantOn(start, request.answered),
      requestedAt: instantOn(start, request.requested),
      lead: request.lead,
    })),
    surveysAnswered: DEMO_SURVEYS_ANSWERED.map((answer) => ({ commune: answer.commune, answeredAt: instantOn(start, answer.answered) })),
    surveysInProgress: DEMO_SURVEYS_IN_PROGRESS.map((survey) => ({ commune: survey.commune, sections: survey.sections, savedAt: instantOn(start, survey.saved) })),
    scheduledDiagnostic: {
      commune: diagnostic.commune,
      subject: diagnostic.subject,
      scheduledAt: instantOn(diagnosticDay, { day: 0, time: diagnostic.time }),
      durationMinutes: diagnostic.durationMinutes,
      location: diagnostic.location,
      lead: leadOf(diagnostic.commune),
    },
    workDone: {
      commune: DEMO_WORK_DONE.commune,
      lead: leadOf(DEMO_WORK_DONE.commune),
      activities: DEMO_WORK_DONE.activities.map(({ held, ...activity }) => ({
        ...activity,
        heldAt: instantOn(workingDayFrom(addCalendarDays(start, held.day)), { day: 0, time: held.time }),
      })),
    },
  };
}

/** The demo's story for a demo loaded at `today`: questionnaire about three weeks before, a diagnostic next week. */
export function demoCalendar(today: Date): DemoCalendar {
  return demoCalendarFrom(demoStartFor(today));
}
