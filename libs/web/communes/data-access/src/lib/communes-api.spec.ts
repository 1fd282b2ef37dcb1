import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CommunesApi } from './communes-api';

describe('CommunesApi', () => {
  let api: CommunesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(CommunesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the communes under the filters that have a value', () => {
    api.list({ q: 'Gem', eligible: true, arrondissement: '', limit: 1000 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/communes');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.toString()).toBe('q=Gem&eligible=true&limit=1000');
  });

  it('asks for the API’s default page without filters', () => {
    api.list().subscribe();
    expect(http.expectOne('/api/communes').request.params.keys()).toEqual([]);
  });
});
