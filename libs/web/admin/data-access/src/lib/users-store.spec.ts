import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CreateUserResponse } from '@bep/contracts';
import { aListedUser } from '../testing';
import { UsersStore } from './users-store';

describe('UsersStore', () => {
  let store: UsersStore;
  let http: HttpTestingController;

  const zoe = aListedUser({ id: '0b6f1f5c-2f59-4b07-9d0c-1d0f8a0c7a02', name: 'Zoé Finance', email: 'finance@bep.demo', roles: ['finance'] });
  const marie = aListedUser();

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(UsersStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the users sorted by name', () => {
    store.load();
    expect(store.loading()).toBe(true);
    http.expectOne('/api/users').flush({ items: [zoe, marie], total: 2 });

    expect(store.loading()).toBe(false);
    expect(store.items().map((user) => user.name)).toEqual(['Marie Dupont', 'Zoé Finance']);
  });

  it('keeps the error of a failed load for the page to explain, until the next load', () => {
    store.load();
    http
      .expectOne('/api/users')
      .flush({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Réservé aux administrateurs.' }, { status: 403, statusText: 'Forbidden' });
    expect(store.error()).toBeInstanceOf(HttpErrorResponse);
    expect((store.error() as HttpErrorResponse).status).toBe(403);

    store.load();
    expect(store.error()).toBeNull();
    http.expectOne('/api/users').flush({ items: [], total: 0 });
  });

  it('creates a user, adds it to the list and hands back the temporary password', async () => {
    store.load();
    http.expectOne('/api/users').flush({ items: [zoe], total: 1 });

    const created = store.create({ email: 'manager@bep.demo', name: 'Marie Dupont', roles: ['manager'], consultantId: null });
    const request = http.expectOne('/api/users');
    expect(request.request.method).toBe('POST');
    const response: CreateUserResponse = { user: { ...marie, mustChangePassword: true }, temporaryPassword: 'Kx7-pQ2-vR9-mT4' };
    request.flush(response, { status: 201, statusText: 'Created' });

    await expect(created).resolves.toMatchObject({ temporaryPassword: 'Kx7-pQ2-vR9-mT4' });
    expect(store.items().map((user) => user.name)).toEqual(['Marie Dupont', 'Zoé Finance']);
  });

  it('patches a user and replaces it in the list', async () => {
    store.load();
    http.expectOne('/api/users').flush({ items: [marie, zoe], total: 2 });

    const updated = store.update(marie.id, { active: false });
    const request = http.expectOne(`/api/users/${marie.id}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ active: false });
    request.flush({ ...marie, active: false });

    await expect(updated).resolves.toMatchObject({ active: false });
    expect(store.items().find((user) => user.id === marie.id)?.active).toBe(false);
    expect(store.items()).toHaveLength(2);
  });
});
