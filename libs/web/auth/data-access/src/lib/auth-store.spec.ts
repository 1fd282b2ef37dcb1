import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { LoginResponse } from '@bep/contracts';
import { AuthStore } from './auth-store';
import { aUser } from '../testing';

const problem = (status: number, detail: string) => ({ type: 'about:blank', title: 'Error', status, detail });

describe('AuthStore', () => {
  let store: AuthStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('knows nobody before the server has answered', () => {
    expect(store.status()).toBe('unknown');
    expect(store.user()).toBeNull();
    expect(store.signedIn()).toBe(false);
  });

  it('loads the current user once from GET /api/auth/me', async () => {
    const first = store.ensureLoaded();
    const second = store.ensureLoaded();
    const request = http.expectOne('/api/auth/me');
    expect(request.request.method).toBe('GET');
    request.flush({ user: aUser(['finance']) });

    await expect(first).resolves.toMatchObject({ name: 'Marie Dupont', roles: ['finance'] });
    await expect(second).resolves.toMatchObject({ name: 'Marie Dupont' });
    expect(store.status()).toBe('signed-in');
    expect(store.roles()).toEqual(['finance']);

    await expect(store.ensureLoaded()).resolves.toMatchObject({ name: 'Marie Dupont' });
    http.expectNone('/api/auth/me');
  });

  it('takes a 401 from GET /api/auth/me as signed out, and does not ask again', async () => {
    const loaded = store.ensureLoaded();
    http.expectOne('/api/auth/me').flush(problem(401, 'Not signed in.'), { status: 401, statusText: 'Unauthorized' });

    await expect(loaded).resolves.toBeNull();
    expect(store.status()).toBe('signed-out');
    await expect(store.ensureLoaded()).resolves.toBeNull();
    http.expectNone('/api/auth/me');
  });

  it('asks again after a server failure rather than concluding anything', async () => {
    const loaded = store.ensureLoaded();
    http.expectOne('/api/auth/me').flush(null, { status: 503, statusText: 'Unavailable' });
    await expect(loaded).resolves.toBeNull();
    expect(store.status()).toBe('unknown');

    const retried = store.ensureLoaded();
    http.expectOne('/api/auth/me').flush({ user: aUser() });
    await expect(retried).resolves.toMatchObject({ email: 'manager@bep.demo' });
  });

  it('signs in with POST /api/auth/login and keeps the user', async () => {
    const response: LoginResponse = {
      user: aUser(['consultant'], { consultantId: '2b1f7b0e-36a6-4d43-9bd5-44b0f7c3c9b1' }),
      accessToken: 'token',
      csrfToken: 'csrf',
      expiresAt: '2019-05-02T18:00:00.000Z',
    };
    const login = store.login('  consultant1@bep.demo ', 'demo-bep-2019');
    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'consultant1@bep.demo', password: 'demo-bep-2019' });
    request.flush(response);

    await expect(login).resolves.toMatchObject({ roles: ['consultant'] });
    expect(store.signedIn()).toBe(true);
    expect(store.hasAnyRole('consultant')).toBe(true);
    expect(store.hasAnyRole('finance', 'admin')).toBe(false);
  });

  it('rejects with the 401 and stays signed out on wrong credentials', async () => {
    const login = store.login('manager@bep.demo', 'wrong');
    http
      .expectOne('/api/auth/login')
      .flush(problem(401, 'Invalid e-mail or password.'), { status: 401, statusText: 'Unauthorized' });

    await expect(login).rejects.toMatchObject({ status: 401 });
    expect(store.user()).toBeNull();
  });

  it('rejects with the 429 and its Retry-After when throttled', async () => {
    const login = store.login('manager@bep.demo', 'wrong');
    http.expectOne('/api/auth/login').flush(problem(429, 'Too many attempts.'), {
      status: 429,
      statusText: 'Too Many Requests',
      headers: { 'Retry-After': '600' },
    });

    const error = await login.catch((failure: unknown) => failure);
    expect(error).toMatchObject({ status: 429 });
    expect((error as { headers: { get(name: string): string } }).headers.get('Retry-After')).toBe('600');
    expect(store.signedIn()).toBe(false);
  });

  it('forgets the user on logout, even when the session had already ended', async () => {
    const loaded = store.ensureLoaded();
    http.expectOne('/api/auth/me').flush({ user: aUser() });
    await loaded;

    const logout = store.logout();
    const request = http.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(problem(401, 'Not signed in.'), { status: 401, statusText: 'Unauthorized' });
    await logout;

    expect(store.user()).toBeNull();
    expect(store.status()).toBe('signed-out');
  });

  it('changes the password and lifts the must-change flag', async () => {
    const loaded = store.ensureLoaded();
    http.expectOne('/api/auth/me').flush({ user: aUser(['admin'], { mustChangePassword: true }) });
    await loaded;

    const change = store.changePassword('temporaire-123', 'un-nouveau-mot-de-passe');
    const request = http.expectOne('/api/auth/password');
    expect(request.request.body).toEqual({ currentPassword: 'temporaire-123', newPassword: 'un-nouveau-mot-de-passe' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await change;

    expect(store.user()?.mustChangePassword).toBe(false);
  });

  it('keeps the flag when the current password is wrong', async () => {
    const loaded = store.ensureLoaded();
    http.expectOne('/api/auth/me').flush({ user: aUser(['admin'], { mustChangePassword: true }) });
    await loaded;

    const change = store.changePassword('faux', 'un-nouveau-mot-de-passe');
    http.expectOne('/api/auth/password').flush(problem(401, 'Wrong password.'), { status: 401, statusText: 'Unauthorized' });

    await expect(change).rejects.toMatchObject({ status: 401 });
    expect(store.user()?.mustChangePassword).toBe(true);
  });
});
