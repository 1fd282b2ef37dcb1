import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ConsultantList, EngagementPage, ProblemDetails } from '@bep/contracts';
import { aCampaign, aCommuneList, aStats, COMMUNES } from '../testing';
import { DashboardStore } from './dashboard-store';

const notFound: ProblemDetails = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'Aucune campagne en cours.' };
const unavailable: ProblemDetails = { type: 'about:blank', title: 'Service indisponible', status: 503, detail: 'La base de données ne répond pas.' };

describe('DashboardStore', () => {
  let store: DashboardStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(DashboardStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** The one live request to `url`; the ones a newer load cancelled are set aside. */
  function live(url: string): TestRequest {
    const requests = http.match((request) => request.url === url).filter((request) => !request.cancelled);
    expect(requests).toHaveLength(1);
    return requests[0];
  }

  const stats = () => live('/api/stats');
  const communes = () => live('/api/communes');
  const campaign = () => live('/api/campaigns/current');

  /** Answers the three calls of a load with the demo's data. */
  function answerAll(statsRequest: TestRequest = stats()): void {
    statsRequest.flush(aStats());
    communes().flush(aCommuneList());
    campaign().flush(aCampaign());
  }

  it('loads the figures, every commune (up to 1000) and the current campaign, loading meanwhile', () => {
    store.load();
    expect(store.loading()).toBe(true);

    const statsRequest = stats();
    expect(statsRequest.request.params.keys()).toEqual([]);
    const communesRequest = communes();
    expect(communesRequest.request.params.get('limit')).toBe('1000');
    statsRequest.flush(aStats());
    communesRequest.flush(aCommuneList());
    campaign().flush(aCampaign());

    expect(store.loading()).toBe(false);
    expect(store.error()).toBeNull();
    expect(store.stats()?.total).toBe(37);
    expect(store.campaign()?.budget.committedCents).toBe(1_250_000);
    expect(store.communes().map((commune) => commune.name)).toEqual(['Gembloux', 'Namur', 'Ciney', 'Viroinval']);
    expect(store.arrondissements()).toEqual(['Dinant', 'Namur', 'Philippeville']);
  });

  it('takes a missing current campaign (404) as "no campaign", not as a failure', () => {
    store.load();
    stats().flush(aStats({ campaign: null, total: 0 }));
    communes().flush(aCommuneList());
    campaign().flush(notFound, { status: 404, statusText: 'Not Found' });

    expect(store.error()).toBeNull();
    expect(store.campaign()).toBeNull();
    expect(store.stats()?.campaign).toBeNull();
  });

  it('keeps the error of a failed call, keeps what was shown, and loads again on retry', () => {
    store.load();
    answerAll();

    store.load();
    stats().flush(unavailable, { status: 503, statusText: 'Service Unavailable' });
    expect(store.loading()).toBe(false);
    expect(store.error()).toMatchObject({ status: 503, error: unavailable });
    expect(store.stats()?.total).toBe(37);

    store.load();
    expect(store.error()).toBeNull();
    answerAll();
    expect(store.error()).toBeNull();
  });

  it('drops the answer to an older request when a newer one was sent', () => {
    store.load();
    const first = http.expectOne((request) => request.url === '/api/stats');
    store.setFilters({ arrondissement: 'Dinant' });

    expect(first.cancelled).toBe(true);
    const second = stats();
    expect(second.request.params.get('arrondissement')).toBe('Dinant');
    answerAll(second);
  });

  it('shows the campaign the switcher chose: its figures, its communes and its settings', () => {
    const chosen = 'ca000000-0000-4000-8000-000000000002';
    store.setFilters({ campaignId: chosen });
    const [statsRequest, communesRequest] = [stats(), communes()];
    expect(statsRequest.request.params.get('campaignId')).toBe(chosen);
    expect(communesRequest.request.params.get('campaignId')).toBe(chosen);
    statsRequest.flush(aStats());
    communesRequest.flush(aCommuneList());
    http.expectOne(`/api/campaigns/${chosen}`).flush(aCampaign({ id: chosen, name: 'Radioscopie numérique 2025', isCurrent: false, status: 'closed' }));
    expect(store.campaign()).toMatchObject({ id: chosen, status: 'closed' });
  });

  it('narrows the figures and the map to an arrondissement, keeping every commune for the frame', () => {
    store.setFilters({ arrondissement: 'Dinant' });
    answerAll(stats());

    expect(store.filters()).toEqual({ arrondissement: 'Dinant', consultantId: null, campaignId: null });
    expect(store.communes().map((commune) => commune.name)).toEqual(['Ciney']);
    expect(store.allCommunes()).toHaveLength(COMMUNES.length);
    expect(store.arrondissements()).toEqual(['Dinant', 'Namur', 'Philippeville']);
  });

  it("narrows to a consultant's engagements: the figures by the API, the map to their communes", () => {
    const consultantId = '3f2b6c1e-8d4a-4b7e-9c1f-2a5d6e7f8a9b';
    store.setFilters({ consultantId });

    const statsRequest = stats();
    expect(statsRequest.request.params.get('consultantId')).toBe(consultantId);
    const engagements = live('/api/engagements');
    expect(engagements.request.params.get('consultantId')).toBe(consultantId);
    const page = { items: [{ commune: { nis: '92142', name: 'Gembloux', arrondissement: 'Namur' } }], total: 1, limit: 200, offset: 0 };
    engagements.flush(page as unknown as EngagementPage);
    answerAll(statsRequest);

    expect(store.communes().map((commune) => commune.name)).toEqual(['Gembloux']);

    store.setFilters({ consultantId: null });
    answerAll();
    expect(store.communes()).toHaveLength(COMMUNES.length);
  });

  it('loads the active consultants once, sorted by name', () => {
    store.loadConsultants();
    const request = http.expectOne((r) => r.url === '/api/consultants');
    expect(request.request.params.get('active')).toBe('true');
    const list: ConsultantList = {
      items: [
        { id: 'c2', name: 'Zoé Martin', email: 'zoe@ocalia.example', office: 'BE', active: true },
        { id: 'c1', name: 'Éric Lambert', email: 'eric@ocalia.example', office: 'FR', active: true },
      ],
      total: 2,
      limit: 500,
      offset: 0,
    };
    request.flush(list);
    expect(store.consultants().map((consultant) => consultant.name)).toEqual(['Éric Lambert', 'Zoé Martin']);

    store.loadConsultants();
    http.expectNone((r) => r.url === '/api/consultants');
  });

  it('offers no consultant filter when the API refuses the list (not a manager)', () => {
    store.loadConsultants();
    http.expectOne((r) => r.url === '/api/consultants').flush(null, { status: 403, statusText: 'Forbidden' });
    expect(store.consultants()).toEqual([]);
    expect(store.error()).toBeNull();
  });
});
