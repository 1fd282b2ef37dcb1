import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { aCampaign, aMailMessage, aReminder, aReminderDetail } from '../testing';
import { CampaignSettingsApi } from './campaign-settings-api';
import { RemindersApi } from './reminders-api';

const ID = '7b0d3c52-1f6e-4a8b-9d2c-3e5f7a9b1c24';

describe('RemindersApi', () => {
  let api: RemindersApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(RemindersApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists under the filters that have a value, the statuses in one parameter separated by commas', async () => {
    const read = firstValueFrom(
      api.list({ status: ['skipped', 'cancelled'], rule: 'surveyUnanswered', communeNis: '93090', from: '2026-03-01', to: '2026-03-31', limit: 25, offset: 50 }),
    );
    const request = http.expectOne((r) => r.url === '/api/reminders');
    expect(request.request.method).toBe('GET');
    expect(request.request.urlWithParams).toBe(
      '/api/reminders?rule=surveyUnanswered&communeNis=93090&from=2026-03-01&to=2026-03-31&limit=25&offset=50&status=skipped,cancelled',
    );
    const page = { items: [aReminder()], total: 1, limit: 25, offset: 50 };
    request.flush(page);
    expect(await read).toEqual(page);
  });

  it('asks for the API’s defaults without filters', () => {
    api.list().subscribe();
    const request = http.expectOne('/api/reminders');
    expect(request.request.params.keys()).toEqual([]);
  });

  it('reads one reminder with its log, its id escaped in the path', async () => {
    const read = firstValueFrom(api.get(ID));
    const request = http.expectOne(`/api/reminders/${ID}`);
    expect(request.request.method).toBe('GET');
    request.flush(aReminderDetail());
    expect((await read).events).toHaveLength(1);

    api.get('a/b').subscribe();
    http.expectOne('/api/reminders/a%2Fb').flush(aReminderDetail());
  });

  it('cancels and sends now with a POST without a body', () => {
    api.cancel(ID).subscribe();
    const cancel = http.expectOne(`/api/reminders/${ID}/cancel`);
    expect(cancel.request.method).toBe('POST');
    expect(cancel.request.body).toBeNull();
    cancel.flush(aReminder({ status: 'cancelled', skipReason: 'cancelled' }));

    api.sendNow(ID).subscribe();
    const sendNow = http.expectOne(`/api/reminders/${ID}/send-now`);
    expect(sendNow.request.method).toBe('POST');
    expect(sendNow.request.body).toBeNull();
    sendNow.flush(aReminder());
  });

  it('sends now the reminders of the late questionnaires with one POST, naming the campaign when there is one', async () => {
    const sent = firstValueFrom(api.sendNowLateSurveys(aCampaign().id));
    const named = http.expectOne('/api/reminders/late-surveys/send-now');
    expect(named.request.method).toBe('POST');
    expect(named.request.body).toEqual({ campaignId: aCampaign().id });
    named.flush({ sent: 24, without: 4 });
    expect(await sent).toEqual({ sent: 24, without: 4 });

    api.sendNowLateSurveys().subscribe();
    const current = http.expectOne('/api/reminders/late-surveys/send-now');
    expect(current.request.body).toEqual({});
    current.flush({ sent: 0, without: 0 });
  });

  it('reads the outbox by commune and page', () => {
    api.messages({ communeNis: '92142', limit: 10, offset: 20 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/mail-messages');
    expect(request.request.urlWithParams).toBe('/api/mail-messages?communeNis=92142&limit=10&offset=20');
    request.flush({ items: [aMailMessage()], total: 1, limit: 10, offset: 20 });
  });

  it('searches the programme’s communes for the filter', () => {
    api.communes({ q: 'gem', limit: 20 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/communes');
    expect(request.request.urlWithParams).toBe('/api/communes?eligible=true&q=gem&limit=20');
    request.flush({ items: [], total: 0, limit: 20, offset: 0, campaign: null, unfilteredTotal: 38, arrondissements: [] });
  });
});

describe('CampaignSettingsApi', () => {
  it('reads the current campaign and patches its reminder settings only', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const api = TestBed.inject(CampaignSettingsApi);
    const http = TestBed.inject(HttpTestingController);

    api.current().subscribe();
    http.expectOne('/api/campaigns/current').flush(aCampaign());

    const saved = firstValueFrom(api.updateReminderSettings(aCampaign().id, { weeklyDigest: { at: '09:30' } }));
    const request = http.expectOne(`/api/campaigns/${aCampaign().id}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ reminderSettings: { weeklyDigest: { at: '09:30' } } });
    request.flush(aCampaign());
    expect((await saved).id).toBe(aCampaign().id);
    http.verify();
  });
});
