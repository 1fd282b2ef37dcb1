import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { CurrentUser } from '@bep/contracts';
import { homeRedirect, pageGuard, passwordChangedGuard, rolesGuard, signedInGuard, signedOutGuard } from './auth-guards';
import { AuthStore } from './auth-store';
import { aUser } from '../testing';

@Component({ template: '' })
class Stub {}

describe('auth guards', () => {
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'connexion', canMatch: [signedOutGuard], component: Stub },
          { path: 'mot-de-passe', canMatch: [signedInGuard], component: Stub },
          { path: 'acces-refuse', component: Stub },
          {
            path: '',
            canMatch: [signedInGuard, passwordChangedGuard],
            children: [
              { path: '', pathMatch: 'full', redirectTo: homeRedirect },
              { path: 'communes/:nis/questionnaire', canMatch: [rolesGuard('manager')], component: Stub },
              { path: 'communes', canMatch: [pageGuard('communes')], component: Stub },
              { path: 'factures', canMatch: [pageGuard('invoices')], component: Stub },
              { path: 'mes-communes', canMatch: [pageGuard('my-communes')], component: Stub },
              { path: 'tableau-de-bord', canMatch: [pageGuard('dashboard')], component: Stub },
              { path: 'administration', canMatch: [pageGuard('administration')], component: Stub },
            ],
          },
        ]),
      ],
    });
    router = TestBed.inject(Router);
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  /** Answers GET /api/auth/me as the server would: the user, or 401. */
  async function session(user: CurrentUser | null): Promise<void> {
    const loaded = TestBed.inject(AuthStore).ensureLoaded();
    const request = TestBed.inject(HttpTestingController).expectOne('/api/auth/me');
    if (user) {
      request.flush({ user });
    } else {
      request.flush(null, { status: 401, statusText: 'Unauthorized' });
    }
    await loaded;
  }

  async function open(url: string): Promise<string> {
    await router.navigateByUrl(url);
    return router.url;
  }

  it('sends a signed-out visitor to /connexion with the page they asked for', async () => {
    await session(null);
    expect(await open('/factures?statut=brouillon')).toBe('/connexion?retour=%2Ffactures%3Fstatut%3Dbrouillon');
    expect(await open('/')).toBe('/connexion');
  });

  it('waits for GET /api/auth/me on the first navigation', async () => {
    const navigation = router.navigateByUrl('/communes');
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush({ user: aUser(['consultant']) });
    await navigation;
    expect(router.url).toBe('/communes');
  });

  it('opens a page the role allows', async () => {
    await session(aUser(['finance']));
    expect(await open('/factures')).toBe('/factures');
    expect(await open('/communes')).toBe('/communes');
  });

  it('shows "Accès refusé" for a page the role does not allow', async () => {
    await session(aUser(['consultant']));
    expect(await open('/factures')).toBe('/acces-refuse');
    expect(await open('/administration')).toBe('/acces-refuse');
    expect(await open('/mes-communes')).toBe('/mes-communes');
  });

  it("keeps a route of some roles for them: a manager opens it, a consultant who reads the page gets \"Accès refusé\"", async () => {
    await session(aUser(['consultant']));
    expect(await open('/communes/92003/questionnaire')).toBe('/acces-refuse');
  });

  it('opens a route of some roles for a user holding one of them', async () => {
    await session(aUser(['finance', 'manager']));
    expect(await open('/communes/92003/questionnaire')).toBe('/communes/92003/questionnaire');
  });

  it('lets a user holding several roles open the pages of each', async () => {
    await session(aUser(['finance', 'admin']));
    expect(await open('/administration')).toBe('/administration');
    expect(await open('/factures')).toBe('/factures');
  });

  it('asks for a new password first while the password is temporary', async () => {
    await session(aUser(['admin'], { mustChangePassword: true }));
    expect(await open('/administration')).toBe('/mot-de-passe?retour=%2Fadministration');
    expect(await open('/mot-de-passe')).toBe('/mot-de-passe');
  });

  it('lets the user in once the password is changed', async () => {
    await session(aUser(['admin'], { mustChangePassword: true }));
    const store = TestBed.inject(AuthStore);
    const change = store.changePassword('temporaire', 'un-nouveau-mot-de-passe');
    TestBed.inject(HttpTestingController).expectOne('/api/auth/password').flush(null, { status: 204, statusText: 'No Content' });
    await change;
    expect(await open('/administration')).toBe('/administration');
  });

  it('sends each role home from /', async () => {
    await session(aUser(['consultant']));
    expect(await open('/')).toBe('/mes-communes');
  });

  it('sends a signed-in user away from /connexion, to the page asked for or home', async () => {
    await session(aUser(['manager']));
    expect(await open('/connexion')).toBe('/tableau-de-bord');
    expect(await open('/connexion?retour=%2Ffactures')).toBe('/factures');
    expect(await open('/connexion?retour=https:%2F%2Fevil.example')).toBe('/tableau-de-bord');
  });

  it('keeps signed-out visitors off /mot-de-passe', async () => {
    await session(null);
    expect(await open('/mot-de-passe')).toBe('/connexion?retour=%2Fmot-de-passe');
  });
});
