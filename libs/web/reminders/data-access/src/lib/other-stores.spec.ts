import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aCampaign, aCommuneList, aMailMessage } from '../testing';
import { RemindersApi } from './reminders-api';
import { OutboxStore, outboxQueryParams } from './outbox-store';
import { ReminderSettingsStore } from './reminder-settings-store';

describe('stores of the Rappels page', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('OutboxStore reads a page of messages by commune', () => {
    expect(outboxQueryParams({ communeNis: null, pageIndex: 0, pageSize: 25 })).toEqual({ limit: 25, offset: 0 });
    const store = TestBed.inject(OutboxStore);
    store.load({ communeNis: '93090', pageIndex: 1, pageSize: 10 });
    const request = http.expectOne((r) => r.url === '/api/mail-messages');
    expect(request.request.urlWithParams).toBe('/api/mail-messages?communeNis=93090&limit=10&offset=10');
    request.flush({ items: [aMailMessage()], total: 11, limit: 10, offset: 10 });
    expect(store.items()).toHaveLength(1);
    expect(store.total()).toBe(11);

    store.reload();
    http.expectOne((r) => r.url === '/api/mail-messages').flush({ items: [], total: 0, limit: 10, offset: 10 });
    expect(store.items()).toEqual([]);
  });

  it("RemindersApi asks the server for the programme's communes matching a text", () => {
    let names: string[] = [];
    TestBed.inject(RemindersApi)
      .communes({ q: 'gem', limit: 20 })
      .subscribe((list) => (names = list.items.map((commune) => commune.name)));
    const request = http.expectOne((r) => r.url === '/api/communes');
    expect(request.request.urlWithParams).toBe('/api/communes?eligible=true&q=gem&limit=20');
    request.flush(aCommuneList());
    expect(names).toEqual(['Gembloux', 'Viroinval']);
  });

  it('ReminderSettingsStore reads the current campaign, says how long a series is, and saves a change', async () => {
    const store = TestBed.inject(ReminderSettingsStore);
    expect(store.maxCount('surveyUnanswered')).toBeNull();
    store.ensureLoaded();
    store.ensureLoaded();
    http.expectOne('/api/campaigns/current').flush(aCampaign());
    expect(store.maxCount('surveyUnanswered')).toBe(3);
    expect(store.maxCount('invoiceOverdue')).toBe(3);
    expect(store.maxCount('weeklyDigest')).toBeNull();

    const saved = store.save({ surveyUnanswered: { maxCount: 4 } });
    const request = http.expectOne(`/api/campaigns/${aCampaign().id}`);
    expect(request.request.body).toEqual({ reminderSettings: { surveyUnanswered: { maxCount: 4 } } });
    const settings = aCampaign().reminderSettings;
    request.flush(aCampaign({ reminderSettings: { ...settings, surveyUnanswered: { ...settings.surveyUnanswered, maxCount: 4 } } }));
    await saved;
    expect(store.maxCount('surveyUnanswered')).toBe(4);
  });

  it('ReminderSettingsStore keeps a 404 when no campaign is current', () => {
    const store = TestBed.inject(ReminderSettingsStore);
    store.load();
    http.expectOne('/api/campaigns/current').flush({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404, statusText: 'Not Found' });
    expect(store.failure()?.status).toBe(404);
    expect(store.settings()).toBeNull();
  });
});
