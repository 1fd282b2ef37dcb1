import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuditPage } from '@bep/contracts';
import { firstValueFrom } from 'rxjs';
import { AuditApi } from './audit-api';

const ACTOR = '0b6f1f5c-2f59-4b07-9d0c-1d0f8a0c7a01';

describe('AuditApi', () => {
  let api: AuditApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AuditApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads a page under the filters that have a value, the offset of an instant escaped', async () => {
    const page: AuditPage = { items: [], total: 0, limit: 10, offset: 20 };
    const read = firstValueFrom(
      api.list({ entityType: 'engagement', entityId: '', actorId: ACTOR, action: 'transition', from: '2019-05-01T00:00:00+02:00', limit: 10, offset: 20 }),
    );
    const request = http.expectOne((r) => r.url === '/api/audit');
    expect(request.request.method).toBe('GET');
    expect(request.request.urlWithParams).toBe(
      `/api/audit?entityType=engagement&actorId=${ACTOR}&action=transition&from=2019-05-01T00:00:00%2B02:00&limit=10&offset=20`,
    );
    request.flush(page);
    expect(await read).toEqual(page);
  });

  it('asks for the API’s default page without filters', () => {
    api.list().subscribe();
    const request = http.expectOne('/api/audit');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys()).toEqual([]);
  });
});
