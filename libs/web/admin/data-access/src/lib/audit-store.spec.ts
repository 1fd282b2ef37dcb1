import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuditPage } from '@bep/contracts';
import { auditQueryParams, AuditStore, NO_AUDIT_FILTERS } from './audit-store';

describe('auditQueryParams', () => {
  it('asks for the first page of 25 without filters', () => {
    expect(auditQueryParams(NO_AUDIT_FILTERS)).toEqual({ limit: 25, offset: 0 });
  });

  it('maps the filters and the page to the API query, days in Belgian time, the last day included', () => {
    expect(
      auditQueryParams({
        entityType: 'user',
        action: 'login',
        from: '2019-05-01',
        to: '2019-05-31',
        pageIndex: 2,
        pageSize: 50,
      }),
    ).toEqual({
      entityType: 'user',
      action: 'login',
      from: '2019-05-01T00:00:00+02:00',
      to: '2019-06-01T00:00:00+02:00',
      limit: 50,
      offset: 100,
    });
  });

  it('uses winter time in winter and ignores invalid days', () => {
    expect(auditQueryParams({ ...NO_AUDIT_FILTERS, from: '2019-12-01', to: '2019-12-31' })).toMatchObject({
      from: '2019-12-01T00:00:00+01:00',
      to: '2020-01-01T00:00:00+01:00',
    });
    expect(auditQueryParams({ ...NO_AUDIT_FILTERS, from: '2019-13-01', to: 'demain' })).toEqual({ limit: 25, offset: 0 });
  });
});

describe('AuditStore', () => {
  it('loads a page from GET /api/audit with the query of the filters', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const store = TestBed.inject(AuditStore);
    const http = TestBed.inject(HttpTestingController);

    store.load({ ...NO_AUDIT_FILTERS, entityType: 'session', pageIndex: 1, pageSize: 10 });
    const request = http.expectOne((candidate) => candidate.url === '/api/audit');
    expect(request.request.urlWithParams).toBe('/api/audit?entityType=session&limit=10&offset=10');
    const page: AuditPage = {
      items: [
        {
          id: '42',
          occurredAt: '2019-05-02T08:30:00.000Z',
          actor: null,
          action: 'login',
          entityType: 'session',
          entityId: 's1',
          before: null,
          after: { ip: '10.0.0.1' },
          requestId: null,
        },
      ],
      total: 11,
      limit: 10,
      offset: 10,
    };
    request.flush(page);

    expect(store.items().map((entry) => entry.id)).toEqual(['42']);
    expect(store.total()).toBe(11);
    expect(store.loading()).toBe(false);
  });

  it('encodes the offset of a date so that "+" survives the query string', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const store = TestBed.inject(AuditStore);
    const http = TestBed.inject(HttpTestingController);

    store.load({ ...NO_AUDIT_FILTERS, from: '2019-05-01' });
    const request = http.expectOne((candidate) => candidate.url === '/api/audit');
    expect(request.request.urlWithParams).toBe('/api/audit?from=2019-05-01T00:00:00%2B02:00&limit=25&offset=0');
    request.flush({ items: [], total: 0, limit: 25, offset: 0 });
  });
});
