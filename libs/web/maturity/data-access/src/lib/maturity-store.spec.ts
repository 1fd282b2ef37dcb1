import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aCommuneList } from '@bep/web/dashboard/data-access/testing';
import { aProvinceMaturity, MATURITY_CAMPAIGN_ID } from '../testing';
import { MaturityStore } from './maturity-store';

describe('MaturityStore', () => {
  let store: MaturityStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [MaturityStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(MaturityStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("loads the current campaign's maturity and the communes' positions together", () => {
    store.load(null);
    expect(store.loading()).toBe(true);
    http.expectOne('/api/maturity?sort=name&order=asc&offset=0&limit=100').flush(aProvinceMaturity());
    http.expectOne('/api/communes?limit=1000').flush(aCommuneList());

    expect(store.loading()).toBe(false);
    expect(store.maturity()?.communes).toEqual({ engaged: 4, answered: 3 });
    expect(store.communes().map((commune) => commune.name)).toEqual(['Gembloux', 'Namur', 'Ciney', 'Viroinval']);
    // The exports name the campaign shown, the current one the page was given.
    expect(store.exportUrls()).toEqual({ csv: `/api/maturity/export.csv?campaignId=${MATURITY_CAMPAIGN_ID}`, xlsx: `/api/maturity/export.xlsx?campaignId=${MATURITY_CAMPAIGN_ID}` });
  });

  it("keeps the exports on the campaign shown while another one's figures load", () => {
    store.load(null);
    http.expectOne('/api/maturity?sort=name&order=asc&offset=0&limit=100').flush(aProvinceMaturity());
    http.expectOne('/api/communes?limit=1000').flush(aCommuneList());
    const other = 'ca000000-0000-4000-8000-0000000000ff';
    store.load(other);
    expect(store.exportUrls().csv).toBe(`/api/maturity/export.csv?campaignId=${MATURITY_CAMPAIGN_ID}`);
    http.expectOne(`/api/maturity?campaignId=${other}&sort=name&order=asc&offset=0&limit=100`).flush(aProvinceMaturity({ campaign: { id: other, name: 'Radioscopie numérique 2027' } }));
    http.expectOne('/api/communes?limit=1000').flush(aCommuneList());
    expect(store.exportUrls().csv).toBe(`/api/maturity/export.csv?campaignId=${other}`);
  });

  it('names the campaign chosen in the call and in the export links, and retries the same campaign after a failure', () => {
    store.load(MATURITY_CAMPAIGN_ID);
    // The communes' call is cancelled with the failed one.
    http.expectOne('/api/communes?limit=1000');
    http.expectOne(`/api/maturity?campaignId=${MATURITY_CAMPAIGN_ID}&sort=name&order=asc&offset=0&limit=100`).flush({ status: 404 }, { status: 404, statusText: 'Not Found' });
    expect(store.error()).toBeTruthy();
    expect(store.maturity()).toBeNull();
    expect(store.exportUrls().xlsx).toBe(`/api/maturity/export.xlsx?campaignId=${MATURITY_CAMPAIGN_ID}`);

    store.load();
    http.expectOne(`/api/maturity?campaignId=${MATURITY_CAMPAIGN_ID}&sort=name&order=asc&offset=0&limit=100`).flush(aProvinceMaturity());
    http.expectOne('/api/communes?limit=1000').flush(aCommuneList());
    expect(store.error()).toBeNull();
    expect(store.maturity()?.rows).toHaveLength(3);
  });

  it('asks the server for the rows in another order or page, keeps the rest of the page meanwhile, and starts a new campaign from its first page', () => {
    store.load(null);
    http.expectOne('/api/maturity?sort=name&order=asc&offset=0&limit=100').flush(aProvinceMaturity());
    http.expectOne('/api/communes?limit=1000').flush(aCommuneList());

    store.showRows({ sort: 'overall', order: 'desc', offset: 100 });
    expect(store.loading()).toBe(true);
    expect(store.maturity()?.rows).toHaveLength(3);
    const rows = aProvinceMaturity().rows.slice(0, 1);
    http.expectOne('/api/maturity?sort=overall&order=desc&offset=100&limit=100').flush(aProvinceMaturity({ rows }));
    expect(store.maturity()?.rows).toEqual(rows);
    expect(store.communes()).toHaveLength(4);
    expect(store.page()).toEqual({ sort: 'overall', order: 'desc', offset: 100 });

    // Another campaign: the same order, from its first page.
    store.load(MATURITY_CAMPAIGN_ID);
    http.expectOne(`/api/maturity?campaignId=${MATURITY_CAMPAIGN_ID}&sort=overall&order=desc&offset=0&limit=100`).flush(aProvinceMaturity());
    http.expectOne('/api/communes?limit=1000').flush(aCommuneList());
  });
});
