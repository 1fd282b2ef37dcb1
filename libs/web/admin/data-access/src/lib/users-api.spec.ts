import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CreateUserResponse, User } from '@bep/contracts';
import { firstValueFrom } from 'rxjs';
import { aListedUser } from '../testing';
import { UsersApi } from './users-api';

describe('UsersApi', () => {
  let api: UsersApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(UsersApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the users under the filters that have a value', () => {
    api.list({ q: '', role: 'consultant', active: false, limit: 500 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/users');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.toString()).toBe('role=consultant&active=false&limit=500');
  });

  it('asks for the API’s default page without filters', () => {
    api.list().subscribe();
    const request = http.expectOne('/api/users');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys()).toEqual([]);
  });

  it('posts a new account and gives the server’s answer with the temporary password', async () => {
    const answer: CreateUserResponse = { user: aListedUser({ mustChangePassword: true }), temporaryPassword: 'Kx7-pQ2-vR9-mT4' };
    const created = firstValueFrom(api.create({ email: 'manager@bep.demo', name: 'Marie Dupont', roles: ['manager'], consultantId: null }));
    const request = http.expectOne('/api/users');
    expect(request.request.method).toBe('POST');
    expect(request.request.params.keys()).toEqual([]);
    expect(request.request.body).toEqual({ email: 'manager@bep.demo', name: 'Marie Dupont', roles: ['manager'], consultantId: null });
    request.flush(answer, { status: 201, statusText: 'Created' });
    expect(await created).toEqual(answer);
  });

  it('patches only the fields given, the id escaped', async () => {
    const answer: User = aListedUser({ id: 'u/1', active: false });
    const updated = firstValueFrom(api.update('u/1', { active: false }));
    const request = http.expectOne('/api/users/u%2F1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ active: false });
    request.flush(answer);
    expect(await updated).toEqual(answer);
  });
});
