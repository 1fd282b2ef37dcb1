import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ContactsApi } from './contacts-api';

const FIELDS = { name: 'Paul Henry', function: 'echevin' as const, email: null, phone: '081 00 00 00', isBinome: false };

describe('ContactsApi', () => {
  let api: ContactsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ContactsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists a commune’s contacts under the filters that have a value', () => {
    api.list('92142', { limit: 200, includeErased: false, q: '' }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/communes/92142/contacts');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.toString()).toBe('limit=200&includeErased=false');
  });

  it('creates a contact in its commune, and changes or deletes one by id', () => {
    api.create('92142', FIELDS).subscribe();
    const post = http.expectOne('/api/communes/92142/contacts');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual(FIELDS);

    api.update('f/1', { phone: null }).subscribe();
    const patch = http.expectOne('/api/contacts/f%2F1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ phone: null });

    api.remove('f1').subscribe();
    expect(http.expectOne('/api/contacts/f1').request.method).toBe('DELETE');
  });

  it('exports and erases a contact (GDPR)', () => {
    api.exportData('f1').subscribe();
    expect(http.expectOne('/api/contacts/f1/export').request.method).toBe('GET');
    api.erase('f1').subscribe();
    const erase = http.expectOne('/api/contacts/f1/erase');
    expect(erase.request.method).toBe('POST');
    expect(erase.request.body).toBeNull();
  });
});
