import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Activity, ActivityPage, ProblemDetails, Reminder, ReminderPage } from '@bep/contracts';
import { firstValueFrom } from 'rxjs';
import { aStats } from '../testing';
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
    location: null,
    outcome: null,
    participants: { contacts: [], consultants: [{ id: 'k1', name: 'Claire Dubois' }] },
    createdBy: null,
    createdAt: AS_OF,
    updatedAt: AS_OF,
  };
}

function aReminder(id: string, engagementId: string): Reminder {
  return {
    id,
    rule: 'surveyUnanswered',
    status: 'scheduled',
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

  it('sends the late questionnaires their reminders in one request for the campaign shown, then reloads', async () => {
    store.load({ consultantId: null, manager: true });
    const figures = aStats({ asOf: AS_OF });
    one('/api/stats').flush(figures);
    one('/api/activities').flush(page([]));
    one('/api/reminders').flush(page([]));

    const sent = firstValueFrom(store.sendSurveyReminders());
    expect(store.sending()).toBe(true);
    const request = one('/api/reminders/late-surveys/send-now');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ campaignId: figures.campaign?.id });
    request.flush({ sent: 24, without: 4 });

    expect(await sent).toEqual({ sent: 24, without: 4, failure: null } satisfies SendOutcome);
    expect(store.sending()).toBe(false);
    // Read again: the late items and the reminders due changed.
    one('/api/stats').flush(aStats({ asOf: AS_OF }));
    one('/api/activities').flush(page([]));
    one('/api/reminders').flush(page([]));
  });

  it('says why nothing was sent when the API refuses, and reloads all the same', async () => {
    store.load({ consultantId: null, manager: true });
    one('/api/stats').flush(aStats({ asOf: AS_OF, campaign: null }));
    one('/api/activities').flush(page([]));
    one('/api/reminders').flush(page([]));

    const sent = firstValueFrom(store.sendSurveyReminders());
    const request = one('/api/reminders/late-surveys/send-now');
    // No campaign read: the API's own default, the current one.
    expect(request.request.body).toEqual({});
    const refused: ProblemDetails = {
      type: 'urn:bep:campaign-status',
      title: 'Not possible in this status',
      status: 409,
      detail: 'Only a reminder of an open campaign can be sent now; "Radioscopie numérique 2026" is closed.',
    };
    request.flush(refused, { status: 409, statusText: 'Conflict' });

    expect(await sent).toEqual({ sent: 0, without: 0, failure: expect.objectContaining({ status: 409, detail: refused.detail }) });
    expect(store.sending()).toBe(false);
    one('/api/stats').flush(aStats({ asOf: AS_OF }));
    one('/api/activities').flush(page([]));
    one('/api/reminders').flush(page([]));
  });
});
