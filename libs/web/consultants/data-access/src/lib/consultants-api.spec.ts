import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ConsultantsApi } from './consultants-api';

const CAMPAIGN = 'a7e1c0de-0000-4000-8000-000000000001';

describe('ConsultantsApi', () => {
  let api: ConsultantsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ConsultantsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the consultants under the filters that have a value', () => {
    api.list({ active: true, limit: 500, q: '' }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/consultants');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.toString()).toBe('active=true&limit=500');
  });

  it('reads the workload, of the current campaign unless one is named', () => {
    api.workload().subscribe();
    const current = http.expectOne('/api/consultants/workload');
    expect(current.request.method).toBe('GET');
    expect(current.request.params.keys()).toEqual([]);

    api.workload({ campaignId: CAMPAIGN }).subscribe();
    expect(http.expectOne((r) => r.url === '/api/consultants/workload').request.params.get('campaignId')).toBe(CAMPAIGN);
  });
});
