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
    http.expectOne('/api/maturity').flush(aProvinceMaturity());
    http.expectOne('/api/communes?limit=1000').flush(aCommuneList());

    expect(store.loading()).toBe(false);
    expect(store.maturity()?.communes).toEqual({ engaged: 4, answered: 3 });
    expect(store.communes().map((commune) => commune.name)).toEqual(['Gembloux', 'Namur', 'Ciney', 'Viroinval']);
    // The exports name the campaign shown, the current one the page was given.
    expect(store.exportUrls()).toEqual({ csv: `/api/maturity/export.csv?campaignId=${MATURITY_CAMPAIGN_ID}`, xlsx: `/api/maturity/export.xlsx?campaignId=${MATURITY_CAMPAIGN_ID}` });
  });

  it("keeps the exports on the campaign shown while another one's figures load", () => {
    store.load(null);
    http.expectOne('/api/maturity').flush(aProvinceMaturity());
    http.expectOne('/api/communes?limit=1000').flush(aCommuneList());
    const other = 'ca000000-0000-4000-8000-0000000000ff';
    store.load(other);
    expect(store.exportUrls().csv).toBe(`/api/maturity/export.csv?campaignId=${MATURITY_CAMPAIGN_ID}`);
    http.expectOne(`/api/maturity?campaignId=${other}`).flush(aProvinceMaturity({ campaign: { id: other, name: 'Radioscopie numérique 2027' } }));
    http.expectOne('/api/communes?limit=1000').flush(aCommuneList());
    expect(store.exportUrls().csv).toBe(`/api/maturity/export.csv?campaignId=${other}`);
  });

  it('names the campaign chosen in the call and in the export links, and retries the same campaign after a failure', () => {
    store.load(MATURITY_CAMPAIGN_ID);
    // The communes' call is cancelled with the failed one.
    http.expectOne('/api/communes?limit=1000');
    http.expectOne(`/api/maturity?campaignId=${MATURITY_CAMPAIGN_ID}`).flush({ status: 404 }, { status: 404, statusText: 'Not Found' });
    expect(store.error()).toBeTruthy();
    expect(store.maturity()).toBeNull();
    expect(store.exportUrls().xlsx).toBe(`/api/maturity/export.xlsx?campaignId=${MATURITY_CAMPAIGN_ID}`);

    store.load();
    http.expectOne(`/api/maturity?campaignId=${MATURITY_CAMPAIGN_ID}`).flush(aProvinceMaturity());
    http.expectOne('/api/communes?limit=1000').flush(aCommuneList());
    expect(store.error()).toBeNull();
    expect(store.maturity()?.rows).toHaveLength(3);
  });
});
