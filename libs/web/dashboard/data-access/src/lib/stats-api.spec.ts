import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { aStats } from '../testing';
import { StatsApi } from './stats-api';

const CONSULTANT = '2c5f39cb-3ab2-42e3-994f-1127e4ddb538';

describe('StatsApi', () => {
  let api: StatsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(StatsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads the figures under the filters that have a value', async () => {
    const figures = firstValueFrom(api.get({ consultantId: CONSULTANT, arrondissement: undefined }));
    const request = http.expectOne((r) => r.url === '/api/stats');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.toString()).toBe(`consultantId=${CONSULTANT}`);
    request.flush(aStats());
    expect(await figures).toEqual(aStats());
  });
});
