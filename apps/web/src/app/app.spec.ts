import { formatNumber } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { ROLES, type CommuneList, type CurrentUser, type Role } from '@bep/contracts';
import { APP_PAGES, AuthStore } from '@bep/web/auth/data-access';
import { App } from './app';
import { appConfig } from './app.config';
import { aUser } from '@bep/web/auth/data-access/testing';

describe('App', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  /** Answers GET /api/auth/me: signed in as `user`, or signed out (401). */
  async function session(user: CurrentUser | null): Promise<void> {
    const loaded = TestBed.inject(AuthStore).ensureLoaded();
    const request = http.expectOne('/api/auth/me');
    if (user) {
      request.flush({ user });
    } else {
      request.flush(null, { status: 401, statusText: 'Unauthorized' });
    }
    await loaded;
  }

  async function open(url: string) {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const currentUrl = () => TestBed.inject(Router).url;
  const title = () => TestBed.inject(Title).getTitle();

  it('formats numbers in Belgian French', () => {
    const locale = TestBed.inject(LOCALE_ID);
    expect(locale).toBe('fr-BE');
    expect(formatNumber(110939, locale).replace(/\s/g, ' ')).toBe('110 939');
  });

  it('asks a signed-out visitor to sign in, without the navigation', async () => {
    await session(null);
    const element = await open('/');

    expect(currentUrl()).toBe('/connexion');
    expect(title()).toBe('Connexion · BEP Transition numérique');
    expect(element.querySelector('main h1')?.textContent).toBe('Connexion');
    expect(element.querySelector('nav[aria-label="Navigation principale"]')).toBeNull();
  });

  it('remembers the page a signed-out visitor asked for', async () => {
    await session(null);
    await open('/communes');

    expect(currentUrl()).toBe('/connexion?retour=%2Fcommunes');
  });

  it('opens the communes page for a signed-in user', async () => {
    await session(aUser(['consultant']));
    const element = await open('/communes');
    const list: CommuneList = { items: [], total: 0, limit: 100, offset: 0, campaign: null };
    http.expectOne('/api/communes').flush(list);

    expect(currentUrl()).toBe('/communes');
    expect(title()).toBe('Communes · BEP Transition numérique');
    expect(element.querySelector('main h1')?.textContent).toBe('Communes');
    expect(element.querySelector('header')?.textContent).toContain('Marie Dupont');
  });

  it.each([
    [['manager'], '/tableau-de-bord'],
    [['consultant'], '/mes-communes'],
    [['finance'], '/factures'],
  ] as [Role[], string][])('sends %s home to %s', async (roles, home) => {
    await session(aUser(roles));
    await open('/');
    expect(currentUrl()).toBe(home);
  });

  it.each(APP_PAGES.filter((page) => !['/communes', '/tableau-de-bord', '/pipeline', '/mes-communes', '/consultants', '/administration'].includes(page.path)))(
    'says in French that $label is not available yet',
    async ({ path, label }) => {
      await session(aUser([...ROLES]));
      const element = await open(path);

      expect(element.querySelector('main h1')?.textContent).toBe(label);
      expect(element.querySelector('main p')?.textContent).toMatch(/pas encore disponible/);
      expect(title()).toBe(`${label} · BEP Transition numérique`);
    },
  );

  it('shows "Accès refusé" to a consultant who opens the invoices or the administration', async () => {
    await session(aUser(['consultant']));

    const element = await open('/factures');
    expect(currentUrl()).toBe('/acces-refuse');
    expect(element.querySelector('main h1')?.textContent).toBe('Accès refusé');
    expect(element.querySelector('nav[aria-label="Navigation principale"]')).toBeNull();

    await open('/administration');
    expect(currentUrl()).toBe('/acces-refuse');
    expect(title()).toBe('Accès refusé · BEP Transition numérique');
  });

  it('opens the administration on its users for an administrator', async () => {
    await session(aUser(['admin']));
    const element = await open('/administration');
    http.expectOne('/api/users').flush({ items: [], total: 0 });
    http.expectOne('/api/consultants').flush({ items: [], total: 0 });
    await new Promise((resolve) => setTimeout(resolve));

    expect(currentUrl()).toBe('/administration/utilisateurs');
    expect(title()).toBe('Utilisateurs · Administration · BEP Transition numérique');
    expect(element.querySelector('main h1')?.textContent).toBe('Administration');
    const tabs = Array.from(element.querySelectorAll('nav[aria-label="Sections de l\'administration"] a')).map((tab) =>
      tab.textContent?.trim(),
    );
    expect(tabs).toEqual(['Utilisateurs', "Journal d'audit"]);
  });

  it('asks for a new password before anything else while the password is temporary', async () => {
    await session(aUser(['manager'], { mustChangePassword: true }));
    const element = await open('/communes');

    expect(currentUrl()).toBe('/mot-de-passe?retour=%2Fcommunes');
    expect(element.querySelector('main h1')?.textContent).toBe('Changer le mot de passe');
  });

  it('shows "Page introuvable" for an unknown address', async () => {
    await session(aUser(['manager']));
    const element = await open('/nulle-part');

    expect(element.querySelector('main h1')?.textContent).toBe('Page introuvable');
    expect(element.querySelector('nav a[href="/communes"]')).not.toBeNull();
  });

  it('echoes the bep_csrf cookie in X-CSRF-Token on changes to the API', () => {
    document.cookie = 'bep_csrf=jeton-csrf-123';
    const client = TestBed.inject(HttpClient);

    client.post('/api/users', {}).subscribe();
    client.get('/api/users').subscribe();

    const post = http.expectOne((request) => request.method === 'POST');
    const get = http.expectOne((request) => request.method === 'GET');
    expect(post.request.headers.get('X-CSRF-Token')).toBe('jeton-csrf-123');
    expect(get.request.headers.has('X-CSRF-Token')).toBe(false);
    document.cookie = 'bep_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('sends a user whose session has ended back to sign in, then to the page they were on', async () => {
    await session(aUser(['manager']));
    await open('/communes');
    http.expectOne('/api/communes').flush(null, { status: 401, statusText: 'Unauthorized' });
    await new Promise((resolve) => setTimeout(resolve));

    expect(currentUrl()).toBe('/connexion?retour=%2Fcommunes');
    expect(TestBed.inject(AuthStore).user()).toBeNull();
  });
});
