import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { convertToParamMap } from '@angular/router';
import { aCampaign, aCampaignPage } from '../testing';
import { CampaignsStore } from './campaigns-store';
import { campaignIdFromQuery } from './selected-campaign';

describe('CampaignsStore', () => {
  let store: CampaignsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(CampaignsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads every campaign in one page', () => {
    store.load();
    const request = http.expectOne((r) => r.url === '/api/campaigns');
    expect(request.request.params.get('limit')).toBe('200');
    expect(request.request.params.has('status')).toBe(false);
    request.flush(aCampaignPage([aCampaign()]));
    expect(store.campaigns().map((campaign) => campaign.name)).toEqual(['Radioscopie numérique 2026']);
    expect(store.loaded()).toBe(true);
  });

  it('posts a change of status to its route, resolves with the campaign and reloads the list', async () => {
    const closing = store.transition('ca000000-0000-4000-8000-000000000001', 'close');
    const request = http.expectOne('/api/campaigns/ca000000-0000-4000-8000-000000000001/close');
    expect(request.request.method).toBe('POST');
    request.flush(aCampaign({ status: 'closed', closedAt: '2026-03-17T09:00:00.000Z' }));
    await expect(closing).resolves.toMatchObject({ status: 'closed' });
    http.expectOne((r) => r.url === '/api/campaigns').flush(aCampaignPage([]));
  });

  it('rejects with the HTTP error a refused change, and does not reload the list', async () => {
    const archiving = store.transition('ca000000-0000-4000-8000-000000000001', 'archive');
    http
      .expectOne('/api/campaigns/ca000000-0000-4000-8000-000000000001/archive')
      .flush({ type: 'urn:bep:campaign-status', status: 409, detail: 'The current campaign cannot be archived' }, { status: 409, statusText: 'Conflict' });
    await expect(archiving).rejects.toMatchObject({ status: 409 });
  });

  it('sends only the settings named in a change', async () => {
    const saving = store.update('ca000000-0000-4000-8000-000000000001', { deadline: '2026-11-30' });
    const request = http.expectOne('/api/campaigns/ca000000-0000-4000-8000-000000000001');
    expect([request.request.method, request.request.body]).toEqual(['PATCH', { deadline: '2026-11-30' }]);
    request.flush(aCampaign({ deadline: '2026-11-30' }));
    await expect(saving).resolves.toMatchObject({ deadline: '2026-11-30' });
  });
});

describe('campaignIdFromQuery', () => {
  it('reads the campaign of the URL, and ignores what is no id', () => {
    expect(campaignIdFromQuery(convertToParamMap({ campagne: 'ca000000-0000-4000-8000-000000000002' }))).toBe('ca000000-0000-4000-8000-000000000002');
    expect(campaignIdFromQuery(convertToParamMap({ campagne: '2019' }))).toBeNull();
    expect(campaignIdFromQuery(convertToParamMap({}))).toBeNull();
  });
});
