import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter, Router } from '@angular/router';
import type { CurrentUser, LoginResponse, Role } from '@bep/contracts';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { LoginPage } from './login-page';

@Component({ template: '' })
class Stub {}

function loginResponse(roles: Role[], mustChangePassword = false): LoginResponse {
  const user: CurrentUser = {
    id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    email: 'user@bep.demo',
    name: 'Marie Dupont',
    roles,
    consultantId: null,
    mustChangePassword,
  };
  return { user, accessToken: 'token', csrfToken: 'csrf', expiresAt: '2019-05-02T18:00:00.000Z' };
}

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let loader: HarnessLoader;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Stub }]),
        provideI18nTesting({ auth: { fr, en } }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  const alert = () => element().querySelector('[role="alert"]')?.textContent?.trim();

  async function signIn(email: string, password: string): Promise<void> {
    await (await loader.getHarness(MatInputHarness.with({ selector: '[type="email"]' }))).setValue(email);
    await (await loader.getHarness(MatInputHarness.with({ selector: '[autocomplete="current-password"]' }))).setValue(password);
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[type="submit"]' }))).click();
  }

  async function answer(status: number, body: unknown, headers: Record<string, string> = {}): Promise<void> {
    http.expectOne('/api/auth/login').flush(body, { status, statusText: 'Error', headers });
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('asks for the e-mail and the password in French', () => {
    expect(element().querySelector('h1')?.textContent).toBe('Connexion');
    const labels = Array.from(element().querySelectorAll('mat-label')).map((label) => label.textContent?.trim());
    expect(labels).toEqual(['Adresse e-mail', 'Mot de passe']);
    expect(element().querySelector('button[type="submit"]')?.textContent?.trim()).toBe('Se connecter');
  });

  it('switches to English at once with the switch of the frame: heading, labels and messages', async () => {
    const switcher = element().querySelector<HTMLButtonElement>('header button.language-button');
    expect(switcher?.textContent?.trim()).toBe('English');
    switcher?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(TestBed.inject(LanguageStore).language()).toBe('en');

    expect(element().querySelector('h1')?.textContent).toBe('Sign in');
    const labels = Array.from(element().querySelectorAll('mat-label')).map((label) => label.textContent?.trim());
    expect(labels).toEqual(['E-mail address', 'Password']);
    expect(element().querySelector('.tagline')?.textContent).toBe('Digital transition of the municipalities of the Province of Namur');

    await signIn('manager@bep.demo', 'wrong');
    await answer(401, { type: 'about:blank', title: 'Unauthorized', status: 401 });
    expect(alert()).toBe('Wrong e-mail address or password.');
  });

  it('explains what is missing without calling the server', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Se connecter' }))).click();

    const errors = Array.from(element().querySelectorAll('mat-error')).map((error) => error.textContent?.trim());
    expect(errors).toEqual(['Saisissez votre adresse e-mail.', 'Saisissez votre mot de passe.']);
    expect(document.activeElement?.getAttribute('type')).toBe('email');
    http.expectNone('/api/auth/login');
  });

  it('says "Adresse e-mail ou mot de passe incorrect." on a 401 and clears the password', async () => {
    await signIn('manager@bep.demo', 'mauvais');
    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'manager@bep.demo', password: 'mauvais' });
    request.flush(
      { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Invalid e-mail or password.' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(alert()).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(await (await loader.getHarness(MatInputHarness.with({ selector: '[autocomplete="current-password"]' }))).getValue()).toBe('');
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('says how many minutes to wait on a 429, from Retry-After', async () => {
    await signIn('manager@bep.demo', 'mauvais');
    await answer(
      429,
      { type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'Too many failed attempts.' },
      { 'Retry-After': '900' },
    );

    expect(alert()).toBe('Trop de tentatives. Réessayez dans 15 minutes.');
  });

  it('shows the problem detail of another failure', async () => {
    await signIn('manager@bep.demo', 'demo-bep-2019');
    await answer(503, { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Maintenance en cours.' });

    expect(alert()).toBe('Maintenance en cours.');
  });

  it.each([
    [['consultant'], '/mes-communes'],
    [['finance'], '/factures'],
    [['admin'], '/administration'],
    [['manager'], '/tableau-de-bord'],
  ] as [Role[], string][])('sends %s to %s once signed in', async (roles, home) => {
    await signIn('user@bep.demo', 'demo-bep-2019');
    await answer(200, loginResponse(roles));

    expect(alert()).toBeUndefined();
    expect(TestBed.inject(Router).url).toBe(home);
  });

  it('goes back to the page asked for', async () => {
    fixture.componentRef.setInput('retour', '/communes?arrondissement=Dinant');
    await signIn('user@bep.demo', 'demo-bep-2019');
    await answer(200, loginResponse(['manager']));

    expect(TestBed.inject(Router).url).toBe('/communes?arrondissement=Dinant');
  });

  it('never goes to another site', async () => {
    fixture.componentRef.setInput('retour', '//evil.example/');
    await signIn('user@bep.demo', 'demo-bep-2019');
    await answer(200, loginResponse(['finance']));

    expect(TestBed.inject(Router).url).toBe('/factures');
  });

  it('asks for a new password first when the password is temporary', async () => {
    await signIn('user@bep.demo', 'temporaire');
    await answer(200, loginResponse(['admin'], true));

    expect(TestBed.inject(Router).url).toBe('/mot-de-passe?retour=%2Fadministration');
  });
});
