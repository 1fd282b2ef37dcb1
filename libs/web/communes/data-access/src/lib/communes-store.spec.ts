import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ProblemDetails } from '@bep/contracts';
import { aCommune, aCommuneList } from '../testing';
import { CommunesStore } from './communes-store';

/** Gembloux in the campaign, and Namur, not eligible. */
const list = {
  ...aCommuneList([
    aCommune(),
    aCommune({ nis: '92094', name: 'Namur', postalCode: '5000', population: 110939, latitude: 50.46, longitude: 4.87, eligible: false, engagement: null }),
  ]),
  unfilteredTotal: 38,
  arrondissements: ['Dinant', 'Namur', 'Philippeville'],
};

const PAGE_URL = '/api/communes?status=survey_sent&sort=population&order=desc&limit=100&offset=100';

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
    expect(store.loaded()).toBe(false);
    expect(store.loading()).toBe(false);
    expect(store.failure()).toBeNull();
  });

  it('asks GET /api/communes for the page, filtered and sorted by the server, with the facts of the whole list', () => {
    store.load({ status: 'survey_sent', sort: 'population', order: 'desc', limit: 100, offset: 100 });
    expect(store.loading()).toBe(true);

    const request = http.expectOne(PAGE_URL);
    expect(request.request.method).toBe('GET');
    request.flush(list);

    expect(store.loading()).toBe(false);
    expect(store.failure()).toBeNull();
    expect(store.items().map((commune) => commune.name)).toEqual(['Gembloux', 'Namur']);
    expect(store.total()).toBe(2);
    expect(store.unfilteredTotal()).toBe(38);
    expect(store.arrondissements()).toEqual(['Dinant', 'Namur', 'Philippeville']);
    expect(store.campaign()?.name).toBe('Radioscopie numérique 2019');
  });

  it('exposes the problem detail when the call fails', () => {
    const problem: ProblemDetails = {
      type: 'about:blank',
      title: 'Service indisponible',
      status: 503,
      detail: 'La base de données ne répond pas.',
    };
    store.load({});
    http.expectOne('/api/communes').flush(problem, { status: 503, statusText: 'Service Unavailable' });

    expect(store.loading()).toBe(false);
    expect(store.failure()).toEqual({ status: 503, rule: null, detail: 'La base de données ne répond pas.', fields: {} });
    expect(store.items()).toEqual([]);
  });

  it('says status 0 when the server is unreachable', () => {
    store.load({});
    http.expectOne('/api/communes').error(new ProgressEvent('error'));
    expect(store.failure()?.status).toBe(0);
  });

  it('keeps the page on screen during a reload, and asks again for the same page when retried', () => {
    store.load({ status: 'survey_sent', sort: 'population', order: 'desc', limit: 100, offset: 100 });
    http.expectOne(PAGE_URL).flush(list);
    store.reload();
    http.expectOne(PAGE_URL).flush(null, { status: 500, statusText: 'Error' });
    expect(store.failure()).not.toBeNull();
    expect(store.items()).toHaveLength(2);

    store.reload();
    expect(store.failure()).toBeNull();
    http.expectOne(PAGE_URL).flush(list);
    expect(store.items()).toHaveLength(2);
  });

  it('drops an older answer that arrives after a newer load started', () => {
    store.load({ q: 'gem' });
    const first = http.expectOne('/api/communes?q=gem');
    store.load({ q: 'gemb' });
    expect(first.cancelled).toBe(true);
    http.expectOne('/api/communes?q=gemb').flush(list);
    expect(store.items()).toHaveLength(2);
  });
});
