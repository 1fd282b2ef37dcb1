import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Activity, ActivityPage, ProblemDetails, Reminder, ReminderPage } from '@bep/contracts';
import { firstValueFrom } from 'rxjs';
import { aLateItem, aStats } from '../testing';
import { type SendOutcome, TodayStore } from './today-store';

/** Tuesday 17 March 2026, 10:00 in Brussels. */
const AS_OF = '2026-03-17T09:00:00.000Z';

function anActivity(commune: string, scheduledAt: string): Activity {
  return {
    id: `a-${commune}`,
    engagementId: `e-${commune}`,
    commune: { nis: '92142', name: commune },
    type: 'diagnostic',
    subject: 'Diagnostic',
    scheduledAt,
    durationMinutes: 240,
    completedAt: null,
    outcome: null,
    participants: { contacts: [], consultants: [{ id: 'k1', name: 'Claire Dubois' }] },
    createdBy: null,
    createdAt: AS_OF,
    updatedAt: AS_OF,
  };
}

function aReminder(id: string, engagementId: string, status: Reminder['status'] = 'scheduled'): Reminder {
  return {
    id,
    rule: 'surveyUnanswered',
    status,
    occurrence: 2,
    dueAt: AS_OF,
    sendAt: AS_OF,
    sentAt: null,
    skipReason: null,
    lastError: null,
    attempts: 0,
    engagement: { id: engagementId, communeNis: '91030', communeName: 'Ciney' },
    subjectId: null,
    recipients: null,
  };
}

const page = <T>(items: T[], total = items.length) => ({ items, total, limit: 50, offset: 0 });

describe('TodayStore', () => {
  let store: TodayStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [TodayStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(TodayStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const one = (url: string): TestRequest => {
    const requests = http.match((request) => request.url === url);
    expect(requests).toHaveLength(1);
    return requests[0];
  };

  it("reads the figures once, then the pending activities from the server's today to a week ahead, grouped by Brussels day", () => {
    store.load({ consultantId: null, manager: false });
    one('/api/stats').flush(aStats({ asOf: AS_OF }));

    const activities = one('/api/activities');
    expect(activities.request.params.get('from')).toBe('2026-03-17');
    expect(activities.request.params.get('to')).toBe('2026-03-24');
    expect(activities.request.params.get('pending')).toBe('true');
    expect(activities.request.params.has('consultantId')).toBe(false);
    activities.flush(page([anActivity('Gembloux', '2026-03-24T09:00:00.000Z')]) satisfies ActivityPage);

    expect(store.days().map((day) => [day.day, day.items.length])).toEqual([
      ['2026-03-17', 0],
      ['2026-03-18', 0],
      ['2026-03-19', 0],
      ['2026-03-20', 0],
      ['2026-03-21', 0],
      ['2026-03-22', 0],
      ['2026-03-23', 0],
      ['2026-03-24', 1],
    ]);
    // Not a manager: no reminders asked for.
    expect(http.match('/api/reminders')).toHaveLength(0);
  });

  it("groups the late items with what needs a person first, and narrows everything to a consultant's own", () => {
    store.load({ consultantId: 'k1', manager: false });
    const stats = one('/api/stats');
    expect(stats.request.params.get('consultantId')).toBe('k1');
    stats.flush(aStats({ asOf: AS_OF }));
    expect(one('/api/activities').request.params.get('consultantId')).toBe('k1');

    expect(store.lateGroups().map((group) => [group.kind, group.count, group.items.map((item) => item.commune.name)])).toEqual([
      ['diagnostic-not-scheduled', 1, ['Gembloux']],
      ['survey-unanswered', 2, ['Ciney', 'Viroinval']],
    ]);
  });

  it("gives managers this week's reminders due: how many and the first five", () => {
    store.load({ consultantId: null, manager: true });
    one('/api/stats').flush(aStats({ asOf: AS_OF }));
    one('/api/activities').flush(page([]));
    const reminders = one('/api/reminders');
    expect(reminders.request.params.get('status')).toBe('scheduled');
    expect(reminders.request.params.get('from')).toBe('2026-03-17');
    expect(reminders.request.params.get('to')).toBe('2026-03-24');
    expect(reminders.request.params.get('limit')).toBe('5');
    reminders.flush(page([aReminder('r1', 'e-91030')], 12) satisfies ReminderPage);
    expect(store.remindersDue.value()).toEqual({ total: 12, first: [aReminder('r1', 'e-91030')] });
  });

  it('sends the next questionnaire reminder of each late engagement, counts what failed and what had none, then reloads', async () => {
    store.load({ consultantId: null, manager: true });
    const late = { counts: { 'survey-unanswered': 3, 'diagnostic-not-scheduled': 0, 'activity-overdue': 0 }, items: ['91030', '93090', '92006'].map((nis) => aLateItem('survey-unanswered', nis, nis, 8)) };
    one('/api/stats').flush(aStats({ asOf: AS_OF, late }));
    one('/api/activities').flush(page([]));
    one('/api/reminders').flush(page([]));

    const sent = firstValueFrom(store.sendSurveyReminders());
    expect(store.sending()).toBe(true);
    const list = one('/api/reminders');
    expect(list.request.params.get('rule')).toBe('surveyUnanswered');
    expect(list.request.params.get('status')).toBe('scheduled,failed');
    // Ciney's next one and its later one, Viroinval's failed one, another commune's that is not late; none for 92006.
    list.flush(page([aReminder('ciney-2', 'e-91030'), aReminder('ciney-3', 'e-91030'), aReminder('other', 'e-99999'), aReminder('viroinval-1', 'e-93090', 'failed')]));

    one('/api/reminders/ciney-2/send-now').flush(aReminder('ciney-2', 'e-91030'));
    const refused: ProblemDetails = { type: 'urn:bep:reminder-status', title: 'Not possible in this status', status: 422, detail: 'Only a scheduled or failed reminder can be sent now; this one is sent.' };
    one('/api/reminders/viroinval-1/send-now').flush(refused, { status: 422, statusText: 'Unprocessable Entity' });
    expect(http.match((request) => request.url.endsWith('/send-now'))).toHaveLength(0);

    expect(await sent).toEqual({ sent: 1, without: 1, failed: 1, failure: expect.objectContaining({ status: 422, detail: refused.detail }) } satisfies SendOutcome);
    expect(store.sending()).toBe(false);
    // Read again: the late items and the reminders due changed.
    one('/api/stats').flush(aStats({ asOf: AS_OF }));
    one('/api/activities').flush(page([]));
    one('/api/reminders').flush(page([]));
  });
});
