import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ProblemDetails } from '@bep/contracts';
import { aCommune, aCommuneList } from '../testing';
import { CommunesStore } from './communes-store';

/** Gembloux in the campaign, and Namur, not eligible. */
const list = aCommuneList([
  aCommune(),
  aCommune({ nis: '92094', name: 'Namur', postalCode: '5000', population: 110939, latitude: 50.46, longitude: 4.87, eligible: false, engagement: null }),
]);

describe('CommunesStore', () => {
  let store: CommunesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(CommunesStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('starts empty and idle', () => {
    expect(store.items()).toEqual([]);
    expect(store.loading()).toBe(false);
    expect(store.failure()).toBeNull();
  });

  it('loads the communes from GET /api/communes', () => {
    store.load();
    expect(store.loading()).toBe(true);

    const request = http.expectOne('/api/communes');
    expect(request.request.method).toBe('GET');
    request.flush(list);

    expect(store.loading()).toBe(false);
    expect(store.failure()).toBeNull();
    expect(store.items().map((commune) => commune.name)).toEqual(['Gembloux', 'Namur']);
    expect(store.total()).toBe(2);
    expect(store.campaign()?.name).toBe('Radioscopie numérique 2019');
  });

  it('exposes the problem detail when the call fails', () => {
    const problem: ProblemDetails = {
      type: 'about:blank',
      title: 'Service indisponible',
      status: 503,
      detail: 'La base de données ne répond pas.',
    };
    store.load();
    http.expectOne('/api/communes').flush(problem, { status: 503, statusText: 'Service Unavailable' });

    expect(store.loading()).toBe(false);
    expect(store.failure()).toEqual({ status: 503, rule: null, detail: 'La base de données ne répond pas.', fields: {} });
    expect(store.items()).toEqual([]);
  });

  it('falls back to the problem title when there is no detail', () => {
    store.load();
    http
      .expectOne('/api/communes')
      .flush({ type: 'about:blank', title: 'Erreur interne', status: 500 }, { status: 500, statusText: 'Error' });

    expect(store.failure()?.detail).toBe('Erreur interne');
  });

  it('keeps the status of a failure that is no problem, for the page to explain', () => {
    store.load();
    http.expectOne('/api/communes').flush('Bad gateway', { status: 502, statusText: 'Bad Gateway' });
    expect(store.failure()).toEqual({ status: 502, rule: null, detail: null, fields: {} });
  });

  it('says status 0 when the server is unreachable', () => {
    store.load();
    http.expectOne('/api/communes').error(new ProgressEvent('error'));
    expect(store.failure()?.status).toBe(0);
  });

  it('keeps the list on screen during a reload and clears the failure when a retry succeeds', () => {
    store.load();
    http.expectOne('/api/communes').flush(list);
    store.load();
    http.expectOne('/api/communes').flush(null, { status: 500, statusText: 'Error' });
    expect(store.failure()).not.toBeNull();
    expect(store.items()).toHaveLength(2);

    store.load();
    expect(store.failure()).toBeNull();
    http.expectOne('/api/communes').flush(list);
    expect(store.items()).toHaveLength(2);
  });

  it('drops an older answer that arrives after a newer load started', () => {
    store.load();
    const first = http.expectOne('/api/communes');
    store.load();
    expect(first.cancelled).toBe(true);
    http.expectOne('/api/communes').flush(list);
    expect(store.items()).toHaveLength(2);
  });
});
