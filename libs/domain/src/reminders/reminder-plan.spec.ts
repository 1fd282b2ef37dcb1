import { plannedDigests, plannedEngagementReminders, whyNoLongerDue, type EngagementReminderFacts } from './reminder-plan';
import type { ReminderRuleSettings } from './reminder-rules';

const rules: ReminderRuleSettings = {
  // Off here, so that each case below names only the reminders it is about; its own cases switch it on.
  surveyInvitation: { enabled: false },
  surveyUnanswered: { enabled: true, firstAfterDays: 14, repeatEveryDays: 7, maxCount: 3 },
  diagnosticNotScheduled: { enabled: true, afterDays: 21 },
  upcomingEvent: { enabled: true, daysBefore: 2 },
  invoiceOverdue: { enabled: true, firstAfterDays: 1, repeatEveryDays: 15, maxCount: 3 },
  weeklyDigest: { enabled: true, weekday: 'monday', at: '08:00' },
};

/** Questionnaire sent on Monday 23 February 2026 at 09:00 in Brussels. */
const sentAt = new Date('2026-02-23T08:00:00Z');
const cycle = sentAt.getTime();
const facts = (changes: Partial<EngagementReminderFacts> = {}): EngagementReminderFacts => ({
  engagementId: 'e1',
  stage: 'survey_sent',
  stageEnteredAt: sentAt,
  diagnosticScheduled: false,
  upcomingEvents: [],
  unpaidInvoices: [],
  ...changes,
});
const keys = (now: string, changes: Partial<EngagementReminderFacts> = {}, settings = rules) =>
  plannedEngagementReminders(facts(changes), settings, new Date(now)).map((reminder) => `${reminder.key} @ ${reminder.dueAt.toISOString()}`);

describe('the reminders an engagement calls for', () => {
  it.each([
    ['the day it was sent: all three to come', '2026-02-23T09:00:00Z', [1, 2, 3]],
    ['after the first was due: the first (once) and those to come', '2026-03-10T09:00:00Z', [1, 2, 3]],
    ['after the second was due: the second only, then the third', '2026-03-17T09:00:00Z', [2, 3]],
    ['after the last was due: the last, which is never repeated', '2026-06-01T09:00:00Z', [3]],
  ])('a questionnaire left unanswered, %s', (_case, now, occurrences) => {
    expect(keys(now)).toEqual(
      occurrences.map((n) => `surveyUnanswered/e1/${cycle}/${n} @ ${new Date(sentAt.getTime() + (14 + (n - 1) * 7) * 86_400_000).toISOString()}`),
    );
  });

  it('invites the commune to the questionnaire once, the moment it is sent, even when planned later; not once it answered', () => {
    const inviting = { ...rules, surveyInvitation: { enabled: true } };
    const invitation = `surveyInvitation/e1/${cycle}/1 @ ${sentAt.toISOString()}`;
    expect(keys('2026-02-20T09:00:00Z', {}, inviting)[0]).toBe(invitation);
    expect(keys('2026-03-30T09:00:00Z', {}, inviting)).toEqual([invitation, `surveyUnanswered/e1/${cycle}/3 @ 2026-03-23T08:00:00.000Z`]);
    expect(keys('2026-02-24T09:00:00Z', { stage: 'survey_answered' }, inviting)).toEqual([]);
  });

  it('counts days on the Brussels calendar: a reminder due after the clocks change keeps its hour', () => {
    const march = new Date('2026-03-20T08:00:00Z'); // Friday 09:00 winter time
    const [first] = plannedEngagementReminders(facts({ stageEnteredAt: march }), rules, march);
    expect(first?.dueAt.toISOString()).toBe('2026-04-03T07:00:00.000Z'); // 09:00 summer time
  });

  it('calls for nothing once the commune answered, nor for a closed engagement', () => {
    expect(keys('2026-03-10T09:00:00Z', { stage: 'survey_answered' })).toEqual([]);
    expect(keys('2026-03-10T09:00:00Z', { stage: 'withdrawn', upcomingEvents: [{ activityId: 'a1', scheduledAt: new Date('2026-03-20T09:00:00Z') }] })).toEqual([]);
  });

  it('asks for a diagnostic 21 days after it was requested, unless one is scheduled', () => {
    expect(keys('2026-03-01T09:00:00Z', { stage: 'diagnostic_requested' })).toEqual([`diagnosticNotScheduled/e1/${cycle}/1 @ 2026-03-16T08:00:00.000Z`]);
    expect(keys('2026-03-01T09:00:00Z', { stage: 'diagnostic_requested', diagnosticScheduled: true })).toEqual([]);
  });

  it('announces a diagnostic or workshop two days before, with a key that changes when it moves', () => {
    const scheduledAt = new Date('2026-03-20T09:00:00Z');
    expect(keys('2026-03-17T09:00:00Z', { stage: 'diagnostic_requested', diagnosticScheduled: true, upcomingEvents: [{ activityId: 'a1', scheduledAt }] })).toEqual([
      `upcomingEvent/e1/a1/${scheduledAt.getTime()} @ 2026-03-18T09:00:00.000Z`,
    ]);
    expect(keys('2026-03-21T09:00:00Z', { stage: 'diagnostic_requested', diagnosticScheduled: true, upcomingEvents: [{ activityId: 'a1', scheduledAt }] })).toEqual([]);
  });

  it('reminds of an unpaid invoice the day after it was due, then every 15 days', () => {
    expect(keys('2026-05-02T09:00:00Z', { stage: 'workshop_held', unpaidInvoices: [{ invoiceId: 'i1', dueOn: '2026-04-30' }] })).toEqual([
      'invoiceOverdue/e1/i1/1 @ 2026-04-30T22:00:00.000Z',
      'invoiceOverdue/e1/i1/2 @ 2026-05-15T22:00:00.000Z',
      'invoiceOverdue/e1/i1/3 @ 2026-05-30T22:00:00.000Z',
    ]);
  });

  it('plans nothing for a rule that is switched off', () => {
    expect(keys('2026-02-23T09:00:00Z', {}, { ...rules, surveyUnanswered: { ...rules.surveyUnanswered, enabled: false } })).toEqual([]);
  });
});

describe('the weekly digest', () => {
  const digests = (now: string, settings = rules) => plannedDigests('c1', settings, new Date(now)).map((d) => `${d.key} @ ${d.dueAt.toISOString()}`);

  it.each([
    ['on a Tuesday: next Monday only', '2026-03-17T09:00:00Z', ['weeklyDigest/c1/2026-03-23 @ 2026-03-23T07:00:00.000Z']],
    ['on Monday at 07:59: today', '2026-03-23T06:59:00Z', ['weeklyDigest/c1/2026-03-23 @ 2026-03-23T07:00:00.000Z']],
    ['on Monday at 09:00: today (still due) and next Monday', '2026-03-23T08:00:00Z', ['weeklyDigest/c1/2026-03-23 @ 2026-03-23T07:00:00.000Z', 'weeklyDigest/c1/2026-03-30 @ 2026-03-30T06:00:00.000Z']],
  ])('%s', (_case, now, expected) => {
    expect(digests(now)).toEqual(expected);
  });

  it('follows the weekday and hour of the settings, and nothing when switched off', () => {
    expect(digests('2026-03-17T09:00:00Z', { ...rules, weeklyDigest: { enabled: true, weekday: 'friday', at: '16:30' } })).toEqual([
      'weeklyDigest/c1/2026-03-20 @ 2026-03-20T15:30:00.000Z',
    ]);
    expect(digests('2026-03-17T09:00:00Z', { ...rules, weeklyDigest: { ...rules.weeklyDigest, enabled: false } })).toEqual([]);
  });
});

describe('why a planned reminder no longer leaves', () => {
  const first = { key: `surveyUnanswered/e1/${cycle}/1`, rule: 'surveyUnanswered' as const, occurrence: 1 };
  const now = new Date('2026-03-10T09:00:00Z');

  it.each([
    ['still due', first, facts(), rules, null],
    ['the commune answered', first, facts({ stage: 'survey_answered' }), rules, 'stage-left'],
    ['sent again later: a new series', first, facts({ stageEnteredAt: new Date('2026-03-01T08:00:00Z') }), rules, 'stage-left'],
    ['the rule was switched off', first, facts(), { ...rules, surveyUnanswered: { ...rules.surveyUnanswered, enabled: false } }, 'rule-disabled'],
    ['a later one is due', first, facts(), rules, 'superseded', new Date('2026-03-17T09:00:00Z')],
    ['fewer reminders in the settings', { ...first, key: `surveyUnanswered/e1/${cycle}/3`, occurrence: 3 }, facts(), { ...rules, surveyUnanswered: { ...rules.surveyUnanswered, maxCount: 2 } }, 'settings-changed'],
    [
      'a diagnostic was scheduled',
      { key: `diagnosticNotScheduled/e1/${cycle}/1`, rule: 'diagnosticNotScheduled' as const, occurrence: 1 },
      facts({ stage: 'diagnostic_requested', diagnosticScheduled: true }),
      rules,
      'diagnostic-scheduled',
    ],
    [
      'the commune answered before its invitation left',
      { key: `surveyInvitation/e1/${cycle}/1`, rule: 'surveyInvitation' as const, occurrence: 1 },
      facts({ stage: 'survey_answered' }),
      { ...rules, surveyInvitation: { enabled: true } },
      'stage-left',
    ],
    ['the invitation was switched off', { key: `surveyInvitation/e1/${cycle}/1`, rule: 'surveyInvitation' as const, occurrence: 1 }, facts(), rules, 'rule-disabled'],
    ['the workshop moved', { key: 'upcomingEvent/e1/a1/1', rule: 'upcomingEvent' as const, occurrence: 1 }, facts({ stage: 'diagnostic_requested' }), rules, 'event-changed'],
    ['the invoice was paid', { key: 'invoiceOverdue/e1/i1/1', rule: 'invoiceOverdue' as const, occurrence: 1 }, facts({ stage: 'workshop_held' }), rules, 'invoice-settled'],
  ] as const)('%s', (_case, reminder, currentFacts, settings, expected, at = now) => {
    expect(whyNoLongerDue(reminder, currentFacts, settings, at)).toBe(expected);
  });
});
