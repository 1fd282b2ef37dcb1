import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { PASSWORD_CHANGE_REQUIRED_TYPE } from '@bep/contracts';
import { authInterceptor, PASSWORD_CHANGE_REQUIRED } from './auth-interceptor';
import { AuthStore } from './auth-store';
import { aUser } from '../testing';

@Component({ template: '' })
class Stub {}

describe('authInterceptor', () => {
  let http: HttpTestingController;
  let router: Router;
  let store: AuthStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'communes', component: Stub },
          { path: 'connexion', component: Stub },
          { path: 'mot-de-passe', component: Stub },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    store = TestBed.inject(AuthStore);

    const loaded = store.ensureLoaded();
    http.expectOne('/api/auth/me').flush({ user: aUser() });
    await loaded;
    await router.navigateByUrl('/communes?arrondissement=Dinant');
  });

  afterEach(() => http.verify());

  async function call(url: string, status: number, method: 'GET' | 'POST' = 'GET', type = 'about:blank'): Promise<HttpErrorResponse> {
    const client = TestBed.inject(HttpClient);
    const response = firstValueFrom(method === 'GET' ? client.get(url) : client.post(url, {}));
    http.expectOne(url).flush({ type, title: 'Error', status }, { status, statusText: 'Error' });
    const error = await response.catch((failure: HttpErrorResponse) => failure);
    await new Promise((resolve) => setTimeout(resolve));
    return error as HttpErrorResponse;
  }

  it('forgets the user and asks to sign in again, coming back to the current page', async () => {
    const error = await call('/api/communes', 401);

    expect(error.status).toBe(401);
    expect(store.user()).toBeNull();
    expect(router.url).toBe('/connexion?retour=%2Fcommunes%3Farrondissement%3DDinant');
  });

  it('leaves a 403 to the page: the user is still signed in', async () => {
    const error = await call('/api/users', 403);

    expect(error.status).toBe(403);
    expect(store.user()?.name).toBe('Marie Dupont');
    expect(router.url).toBe('/communes?arrondissement=Dinant');
  });

  it.each(['/api/auth/login', '/api/auth/me', '/api/auth/password'])(
    'leaves the 401 of %s to its caller',
    async (url) => {
      await call(url, 401, url === '/api/auth/me' ? 'GET' : 'POST');

      expect(store.user()?.name).toBe('Marie Dupont');
      expect(router.url).toBe('/communes?arrondissement=Dinant');
    },
  );

  it('sends a user whose password was reset meanwhile to change it, then back to the current page', async () => {
    const error = await call('/api/communes', 403, 'GET', PASSWORD_CHANGE_REQUIRED);

    expect(error.status).toBe(403);
    expect(store.user()?.mustChangePassword).toBe(true);
    expect(router.url).toBe('/mot-de-passe?retour=%2Fcommunes%3Farrondissement%3DDinant');
  });

  it('knows the problem type the API names', () => {
    expect(PASSWORD_CHANGE_REQUIRED).toBe(PASSWORD_CHANGE_REQUIRED_TYPE);
  });
});
