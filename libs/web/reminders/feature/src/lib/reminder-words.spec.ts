import { eventDetailWords, occurrenceWords } from './reminder-words';

describe('occurrenceWords', () => {
  it('says "rappel n sur max" for a series, "rappel n" past the settings’ length, nothing for a single reminder', () => {
    expect(occurrenceWords({ rule: 'surveyUnanswered', occurrence: 2 }, 3)).toEqual({ key: 'reminders.occurrence', params: { n: 2, max: 3 } });
    expect(occurrenceWords({ rule: 'invoiceOverdue', occurrence: 4 }, 3)).toEqual({ key: 'reminders.occurrenceOnly', params: { n: 4 } });
    expect(occurrenceWords({ rule: 'surveyUnanswered', occurrence: 1 }, null)).toEqual({ key: 'reminders.occurrenceOnly', params: { n: 1 } });
    expect(occurrenceWords({ rule: 'weeklyDigest', occurrence: 1 }, 3)).toBeNull();
    expect(occurrenceWords({ rule: 'diagnosticNotScheduled', occurrence: 1 }, null)).toBeNull();
  });
});

describe('eventDetailWords', () => {
  const date = (instant: string) => `<${instant}>`;

  it('words the codes of the log and keeps the server’s own text', () => {
    expect(eventDetailWords({ kind: 'queued', detail: '2026-03-23T07:00:00.000Z' }, date)).toEqual([
      { key: 'reminders.log.detail.queued', params: { date: '<2026-03-23T07:00:00.000Z>' } },
    ]);
    expect(eventDetailWords({ kind: 'deferred', detail: '2026-03-23T07:00:00.000Z' }, date)[0]).toMatchObject({ key: 'reminders.log.detail.deferred' });
    expect(eventDetailWords({ kind: 'resent', detail: '2026-03-17T09:00:00.000Z' }, date)).toEqual([{ key: 'reminders.log.detail.resent' }]);
    expect(eventDetailWords({ kind: 'sent', detail: 'smtp by host:42' }, date)).toEqual([
      { key: 'reminders.log.detail.smtp' },
      { key: 'reminders.log.detail.worker', params: { worker: 'host:42' } },
    ]);
    expect(eventDetailWords({ kind: 'sent', detail: 'outbox' }, date)).toEqual([{ key: 'reminders.log.detail.outbox' }]);
    expect(eventDetailWords({ kind: 'sent', detail: 'carrier pigeon' }, date)).toEqual([{ text: 'carrier pigeon' }]);
    expect(eventDetailWords({ kind: 'skipped', detail: 'stage-left' }, date)).toEqual([{ key: 'reminders.skipReason.stage-left' }]);
    expect(eventDetailWords({ kind: 'skipped', detail: 'moon-phase' }, date)).toEqual([{ text: 'moon-phase' }]);
    expect(eventDetailWords({ kind: 'cancelled', detail: 'cancelled' }, date)).toEqual([{ key: 'reminders.skipReason.cancelled' }]);
    expect(eventDetailWords({ kind: 'failed', detail: '421 Try again later (nouvel essai)' }, date)).toEqual([{ text: '421 Try again later (nouvel essai)' }]);
    expect(eventDetailWords({ kind: 'queued', detail: 'soon' }, date)).toEqual([{ text: 'soon' }]);
    expect(eventDetailWords({ kind: 'failed', detail: null }, date)).toEqual([]);
  });
});
