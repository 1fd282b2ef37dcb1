import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aReminder, aReminderDetail } from '../testing';
import { NO_REMINDER_FILTERS, reminderQueryParams } from './reminder-filters';
import { RemindersStore } from './reminders-store';

describe('reminderQueryParams', () => {
  it('asks each list for its statuses, first page of 25', () => {
    expect(reminderQueryParams('upcoming', NO_REMINDER_FILTERS)).toEqual({ status: ['scheduled', 'sending'], limit: 25, offset: 0 });
    expect(reminderQueryParams('sent', NO_REMINDER_FILTERS).status).toEqual(['sent']);
    expect(reminderQueryParams('failed', NO_REMINDER_FILTERS).status).toEqual(['failed']);
    expect(reminderQueryParams('skipped', NO_REMINDER_FILTERS).status).toEqual(['skipped', 'cancelled']);
  });

  it('maps the filters and the page to the API query, the days as they are', () => {
    expect(
      reminderQueryParams('sent', { rule: 'invoiceOverdue', communeNis: '92142', from: '2026-03-01', to: '2026-03-31', pageIndex: 2, pageSize: 10 }),
    ).toEqual({ status: ['sent'], rule: 'invoiceOverdue', communeNis: '92142', from: '2026-03-01', to: '2026-03-31', limit: 10, offset: 20 });
  });
});

describe('RemindersStore', () => {
  let store: RemindersStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(RemindersStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function listRequests(): TestRequest[] {
    return http.match((request) => request.url === '/api/reminders');
  }

  it('loads a list with the query of its tab and filters', () => {
    store.load('upcoming', { ...NO_REMINDER_FILTERS, rule: 'surveyUnanswered' });
    const [request] = listRequests();
    expect(request.request.urlWithParams).toBe('/api/reminders?rule=surveyUnanswered&limit=25&offset=0&status=scheduled,sending');
    request.flush({ items: [aReminder()], total: 12, limit: 25, offset: 0 });

    expect(store.items().map((reminder) => reminder.id)).toEqual([aReminder().id]);
    expect(store.total()).toBe(12);
    expect(store.loading()).toBe(false);
  });

  it('keeps why a load failed', () => {
    store.load('sent', NO_REMINDER_FILTERS);
    listRequests()[0].flush({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Réservé aux gestionnaires.' }, { status: 403, statusText: 'Forbidden' });
    expect(store.failure()).toMatchObject({ status: 403, detail: 'Réservé aux gestionnaires.' });
  });

  it('counts each list under the filters with pages of one item', () => {
    store.loadCounts({ ...NO_REMINDER_FILTERS, communeNis: '93090', pageIndex: 3 });
    const requests = listRequests();
    expect(requests.map((request) => request.request.params.get('status'))).toEqual(['scheduled,sending', 'sent', 'failed', 'skipped,cancelled']);
    expect(requests.every((request) => request.request.params.get('limit') === '1' && request.request.params.get('offset') === '0')).toBe(true);
    expect(requests.every((request) => request.request.params.get('communeNis') === '93090')).toBe(true);
    requests[0].flush({ items: [], total: 12, limit: 1, offset: 0 });
    requests[1].flush({ items: [], total: 40, limit: 1, offset: 0 });
    requests[2].error(new ProgressEvent('error'));
    requests[3].flush({ items: [], total: 3, limit: 1, offset: 0 });

    expect(store.counts()).toEqual({ upcoming: 12, sent: 40, skipped: 3 });
  });

  it('reads who cancelled the cancelled reminders shown, from their logs', () => {
    const cancelled = aReminder({ id: '11111111-1111-4111-8111-111111111111', status: 'cancelled', skipReason: 'cancelled' });
    store.load('skipped', NO_REMINDER_FILTERS);
    listRequests()[0].flush({ items: [cancelled, aReminder({ status: 'skipped', skipReason: 'stage-left' })], total: 2, limit: 25, offset: 0 });

    const log = http.expectOne(`/api/reminders/${cancelled.id}`);
    log.flush(
      aReminderDetail({
        ...cancelled,
        events: [
          { at: '2026-03-09T08:00:00.000Z', kind: 'queued', detail: '2026-03-16T07:00:00.000Z', actor: null },
          { at: '2026-03-10T09:00:00.000Z', kind: 'cancelled', detail: 'cancelled', actor: { id: '0b6f1f5c-2f59-4b07-9d0c-1d0f8a0c7a01', name: 'Marie Dupont' } },
        ],
      }),
    );
    expect(store.cancelledBy()).toEqual({ [cancelled.id]: 'Marie Dupont' });
  });

  it('cancels a reminder, then reads the list and the counts again', async () => {
    store.load('upcoming', NO_REMINDER_FILTERS);
    listRequests()[0].flush({ items: [aReminder()], total: 1, limit: 25, offset: 0 });
    store.loadCounts(NO_REMINDER_FILTERS);
    listRequests().forEach((request) => request.flush({ items: [], total: 1, limit: 1, offset: 0 }));

    const cancelled = store.cancel(aReminder());
    expect(store.busy().has(aReminder().id)).toBe(true);
    http.expectOne(`/api/reminders/${aReminder().id}/cancel`).flush(aReminder({ status: 'cancelled', skipReason: 'cancelled' }));
    expect((await cancelled).status).toBe('cancelled');
    expect(store.busy().size).toBe(0);

    const again = listRequests();
    expect(again.map((request) => request.request.params.get('limit'))).toEqual(['25', '1', '1', '1', '1']);
    again[0].flush({ items: [], total: 0, limit: 25, offset: 0 });
    again.slice(1).forEach((request) => request.flush({ items: [], total: 0, limit: 1, offset: 0 }));
    expect(store.items()).toEqual([]);
  });

  it('rejects with the problem of a refused action and reads the list again all the same', async () => {
    store.load('failed', NO_REMINDER_FILTERS);
    listRequests()[0].flush({ items: [aReminder({ status: 'failed' })], total: 1, limit: 25, offset: 0 });

    const sent = store.sendNow(aReminder({ status: 'failed' }));
    http
      .expectOne(`/api/reminders/${aReminder().id}/send-now`)
      .flush(
        { type: 'urn:bep:reminder-status', title: 'Not possible in this status', status: 422, detail: 'Only a scheduled or failed reminder can be sent now; this one is sent.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await expect(sent).rejects.toMatchObject({ status: 422 });
    expect(store.busy().size).toBe(0);
    listRequests()[0].flush({ items: [], total: 0, limit: 25, offset: 0 });
  });
});
