import { brusselsDate, brusselsDaysBetween, brusselsTimeOfDay, brusselsWeekday } from '@bep/domain';
import { addCalendarDays, demoCalendar, demoCalendarFrom, demoStartFor, easterSunday, isBelgianPublicHoliday, isWorkingDay, mondayOf, parseDemoStart } from './demo-calendar';
import { DEMO_SURVEYS_ANSWERED } from './demo-data';

const iso = (instant: Date) => instant.toISOString();

describe('the demo calendar', () => {
  it('replays the historical dates from 29 April 2019, as the 2019 demo data had them', () => {
    const calendar = demoCalendarFrom('2019-04-29');
    expect(calendar.campaign).toEqual({ name: 'Radioscopie numérique 2019', startsOn: '2019-04-29', endsOn: '2019-12-31', deadline: '2019-12-31' });
    expect(iso(calendar.surveySentAt)).toBe('2019-04-29T07:00:00.000Z');
    expect(calendar.diagnosticRequests.map((r) => [r.commune, iso(r.answeredAt), iso(r.requestedAt), r.lead])).toEqual([
      ['Gembloux', '2019-05-02T09:30:00.000Z', '2019-05-03T08:15:00.000Z', 0],
      ['Viroinval', '2019-05-02T13:00:00.000Z', '2019-05-03T14:40:00.000Z', 1],
      ['Ciney', '2019-05-03T10:10:00.000Z', '2019-05-06T07:50:00.000Z', 2],
      ['Profondeville', '2019-05-03T15:20:00.000Z', '2019-05-06T09:05:00.000Z', 3],
      ['Fernelmont', '2019-05-04T08:45:00.000Z', '2019-05-06T12:30:00.000Z', 4],
    ]);
    expect(calendar.surveysAnswered.map((a) => [a.commune, iso(a.answeredAt)])).toEqual([
      ['Rochefort', '2019-05-07T12:20:00.000Z'],
      ['Eghezée', '2019-05-09T08:05:00.000Z'],
      ['Sombreffe', '2019-05-14T14:30:00.000Z'],
      ['Couvin', '2019-05-16T07:40:00.000Z'],
    ]);
    expect(calendar.surveysInProgress.map((s) => [s.commune, s.sections, iso(s.savedAt)])).toEqual([
      ['Floreffe', 1, '2019-05-17T12:40:00.000Z'],
      ['Sambreville', 2, '2019-05-15T09:15:00.000Z'],
      ['Walcourt', 3, '2019-05-16T07:25:00.000Z'],
    ]);
    expect(calendar.scheduledDiagnostic).toEqual({
      commune: 'Gembloux',
      subject: 'Diagnostic numérique — Gembloux',
      scheduledAt: new Date('2019-05-28T08:00:00Z'),
      durationMinutes: 180,
      location: 'Hôtel de ville de Gembloux, salle du collège',
      lead: 0,
    });
    // Viroinval's diagnostic on Wednesday 8 May, its workshop on Wednesday 15 May, with its lead.
    expect([calendar.workDone.commune, calendar.workDone.lead]).toEqual(['Viroinval', 1]);
    expect(calendar.workDone.activities.map((a) => [a.type, iso(a.heldAt), a.location])).toEqual([
      ['diagnostic', '2019-05-08T07:30:00.000Z', 'Administration communale de Viroinval, salle du conseil'],
      ['workshop', '2019-05-15T11:30:00.000Z', 'Visioconférence'],
    ]);
  });

  it('moves the work done off a public holiday: Ascension 2026 falls on the diagnostic’s day', () => {
    const [diagnostic] = demoCalendarFrom('2026-05-05').workDone.activities;
    expect(diagnostic && [brusselsDate(diagnostic.heldAt), brusselsTimeOfDay(diagnostic.heldAt)]).toEqual(['2026-05-15', '09:30']);
  });

  // today (an instant), then: start, end and deadline, Gembloux's diagnostic (instant).
  it.each([
    ['the tests’ Tuesday', '2026-03-17T10:00:00+01:00', '2026-02-23', '2026-10-31', '2026-03-24T09:00:00.000Z'],
    ['a Sunday evening', '2026-12-06T18:00:00Z', '2026-11-09', '2027-07-31', '2026-12-08T09:00:00.000Z'],
    ['a Monday just after midnight in Brussels (still Sunday in UTC)', '2026-03-22T23:30:00Z', '2026-03-02', '2026-11-30', '2026-03-31T08:00:00.000Z'],
    ['a Saturday', '2026-03-21T12:00:00+01:00', '2026-02-23', '2026-10-31', '2026-03-24T09:00:00.000Z'],
    ['three weeks after Easter Monday: the Tuesday after it', '2026-04-29T10:00:00+02:00', '2026-04-07', '2026-12-31', '2026-05-05T08:00:00.000Z'],
    ['three weeks after Whit Monday', '2026-06-15T10:00:00+02:00', '2026-05-26', '2027-01-31', '2026-06-23T08:00:00.000Z'],
    ['three weeks after a Christmas Monday, across the new year', '2029-01-15T10:00:00+01:00', '2028-12-26', '2029-08-31', '2029-01-23T09:00:00.000Z'],
    ['just after summer time began: the diagnostic on the Tuesday after Easter Monday', '2026-03-30T10:00:00+02:00', '2026-03-09', '2026-11-30', '2026-04-07T08:00:00.000Z'],
  ])('on %s', (_case, today, startsOn, endsOn, diagnosticAt) => {
    const calendar = demoCalendar(new Date(today));
    expect(demoStartFor(new Date(today))).toBe(startsOn);
    expect(calendar.campaign).toEqual({ name: `Radioscopie numérique ${startsOn.slice(0, 4)}`, startsOn, endsOn, deadline: endsOn });
    expect(brusselsDate(calendar.surveySentAt)).toBe(startsOn);
    expect(brusselsTimeOfDay(calendar.surveySentAt)).toBe('09:00');
    expect(iso(calendar.scheduledDiagnostic.scheduledAt)).toBe(diagnosticAt);
    expect(brusselsTimeOfDay(calendar.scheduledDiagnostic.scheduledAt)).toBe('10:00');
  });

  it('keeps the times of day and the days after the questionnaire of 2019', () => {
    const calendar = demoCalendar(new Date('2026-03-17T10:00:00+01:00'));
    expect(calendar.diagnosticRequests.map((r) => [r.commune, brusselsDate(r.answeredAt), brusselsTimeOfDay(r.answeredAt), brusselsDate(r.requestedAt), brusselsTimeOfDay(r.requestedAt)])).toEqual([
      ['Gembloux', '2026-02-26', '11:30', '2026-02-27', '10:15'],
      ['Viroinval', '2026-02-26', '15:00', '2026-02-27', '16:40'],
      ['Ciney', '2026-02-27', '12:10', '2026-03-02', '09:50'],
      ['Profondeville', '2026-02-27', '17:20', '2026-03-02', '11:05'],
      ['Fernelmont', '2026-02-28', '10:45', '2026-03-02', '14:30'],
    ]);
    expect(calendar.surveysAnswered.map((a) => [a.commune, brusselsDate(a.answeredAt)])).toEqual([
      ['Rochefort', '2026-03-03'],
      ['Eghezée', '2026-03-05'],
      ['Sombreffe', '2026-03-10'],
      ['Couvin', '2026-03-12'],
    ]);
  });

  it('on any day of a year, tells a story that happened before today, with a diagnostic next week', () => {
    for (let day = '2027-01-01'; day < '2028-01-01'; day = addCalendarDays(day, 1)) {
      for (const time of ['00:00', '23:59']) {
        const today = new Date(`${day}T${time}:00Z`);
        const calendar = demoCalendar(today);
        const start = calendar.campaign.startsOn;
        expect(isWorkingDay(start)).toBe(true);
        // The Monday three weeks before this week's, or the working day after it.
        expect(brusselsDaysBetween(new Date(`${mondayOf(start)}T12:00:00Z`), new Date(`${mondayOf(brusselsDate(today))}T12:00:00Z`))).toBe(21);
        const moves = [...calendar.diagnosticRequests.flatMap((r) => [r.answeredAt, r.requestedAt]), ...calendar.surveysAnswered.map((a) => a.answeredAt)];
        expect(moves.every((at) => at > calendar.surveySentAt && at < today)).toBe(true);
        expect(calendar.diagnosticRequests.every((r) => r.answeredAt < r.requestedAt)).toBe(true);
        // The work done came after its commune asked, on working days, and was over before today.
        const asked = calendar.diagnosticRequests.find((r) => r.commune === calendar.workDone.commune)?.requestedAt ?? today;
        for (const { heldAt, durationMinutes } of calendar.workDone.activities) {
          expect(heldAt > asked && heldAt.getTime() + durationMinutes * 60_000 < today.getTime() && isWorkingDay(brusselsDate(heldAt))).toBe(true);
        }
        const diagnostic = calendar.scheduledDiagnostic.scheduledAt;
        expect(diagnostic > today).toBe(true);
        expect(isWorkingDay(brusselsDate(diagnostic))).toBe(true);
        expect(mondayOf(brusselsDate(diagnostic))).toBe(addCalendarDays(mondayOf(brusselsDate(today)), 7));
        expect(calendar.campaign.deadline > brusselsDate(diagnostic)).toBe(true);
      }
    }
  });

  it('answers the other questionnaires between the second and the third week', () => {
    expect(DEMO_SURVEYS_ANSWERED.every((answer) => answer.answered.day >= 8 && answer.answered.day <= 18)).toBe(true);
  });
});

describe('Belgian public holidays', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is on %s', (year, easter) => {
    expect(easterSunday(year)).toBe(easter);
  });

  it.each([
    ['2026-01-01', true],
    ['2026-04-06', true], // Easter Monday
    ['2026-05-01', true],
    ['2026-05-14', true], // Ascension
    ['2026-05-25', true], // Whit Monday
    ['2026-07-21', true],
    ['2026-08-15', true],
    ['2026-11-01', true],
    ['2026-11-11', true],
    ['2026-12-25', true],
    ['2026-04-05', false], // Easter Sunday: a Sunday anyway
    ['2026-12-26', false],
    ['2026-02-23', false],
  ])('%s: %s', (day, holiday) => {
    expect(isBelgianPublicHoliday(day)).toBe(holiday);
  });

  it('a working day is Monday to Friday, holidays excepted', () => {
    expect(['2026-03-16', '2026-03-20', '2026-03-21', '2026-03-22', '2026-04-06'].map(isWorkingDay)).toEqual([true, true, false, false, false]);
    expect(brusselsWeekday(new Date('2026-03-16T12:00:00Z'))).toBe(1);
  });
});

describe('DEMO_START', () => {
  const today = new Date('2026-03-17T10:00:00+01:00');

  it.each(['2019-04-29', '2026-02-24', '2020-02-29'])('accepts %s', (value) => {
    expect(parseDemoStart(value, today)).toBe(value);
  });

  it.each(['', '29/04/2019', '2019-4-29', '2019-02-30', '2019-13-01', '2019-04-29T09:00', '2026-02-25', '2027-01-01'])('refuses "%s", saying what it wants', (value) => {
    expect(() => parseDemoStart(value, today)).toThrow('DEMO_START must be a date (YYYY-MM-DD) at least three weeks before today (2026-03-17), such as 2019-04-29');
  });

  it('ends the programme on the last day of its eighth month', () => {
    expect(['2019-01-31', '2023-06-15', '2026-06-30'].map((start) => demoCalendarFrom(start).campaign.endsOn)).toEqual(['2019-09-30', '2024-02-29', '2027-02-28']);
  });
});
