import { formatNumber } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { type CommuneList, type CurrentUser, type Role } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { App } from './app';
import { appConfig } from './app.config';
import { aUser } from '@bep/web/auth/data-access/testing';

describe('App', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    // The shared words at once; a page's own words come through its route, as in the browser.
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting(), provideI18nTesting()] });
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
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  /** Lets a lazy page's words arrive (a dynamic import) and the page render them. */
  async function settle(fixture: ComponentFixture<App>): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await fixture.whenStable();
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
    const list: CommuneList = { items: [], total: 0, limit: 100, offset: 0, campaign: null, unfilteredTotal: 0, arrondissements: [] };
    http.expectOne((request) => request.url === '/api/communes').flush(list);

    expect(currentUrl()).toBe('/communes');
    expect(title()).toBe('Communes · BEP Transition numérique');
    expect(element.querySelector('main h1')?.textContent).toBe('Communes');
    expect(element.querySelector('header')?.textContent).toContain('Marie Dupont');
  });

  it.each([
    [['manager'], '/tableau-de-bord'],
    [['consultant'], '/mes-communes'],
    [['finance'], '/factures'],
  ] as [Role[], string][])(
    'sends %s home to %s',
    async (roles, home) => {
      await session(aUser(roles));
      await open('/');
      expect(currentUrl()).toBe(home);
    },
    // The first visit of the dashboard transforms its lazy chunk (ECharts included): seconds in a cold Jest cache.
    30_000,
  );

  it('opens the invoices for finance, with the totals of the list', async () => {
    await session(aUser(['finance']));
    const element = await open('/factures');
    http.expectOne((request) => request.url === '/api/invoices').flush({
      items: [],
      total: 0,
      limit: 25,
      offset: 0,
      totals: { netCents: 250_000, grossCents: 250_000, paidCents: 0, outstandingCents: 250_000, currency: 'EUR' },
    });
    http.expectOne('/api/invoices/draft-failures').flush({ items: [] });
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.querySelector('main h1')?.textContent).toBe('Factures');
    expect(title()).toBe('Factures · BEP Transition numérique');
  });

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
    expect(tabs).toEqual(['Utilisateurs', "Journal d'audit", 'Consultants Ocalia', 'Vendeur (BEP)']);
  });

  it('signs in in English once the visitor switches, titles and <html lang> included', async () => {
    await session(null);
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/connexion');
    await settle(fixture);
    expect(document.documentElement.lang).toBe('fr');

    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('button.language-button')?.click();
    await settle(fixture);

    expect(element.querySelector('main h1')?.textContent).toBe('Sign in');
    expect(title()).toBe('Sign in · BEP Transition numérique');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('bep.language')).toBe('en');
  });

  it('titles the administration in the language of the interface', async () => {
    await session(aUser(['admin']));
    TestBed.inject(LanguageStore).use('en');
    const element = await open('/administration/journal');
    http.expectOne((request) => request.url === '/api/audit').flush({ items: [], total: 0, limit: 25, offset: 0 });
    await new Promise((resolve) => setTimeout(resolve));

    expect(title()).toBe('Audit log · Administration · BEP Transition numérique');
    expect(element.querySelector('nav a[href="/administration"]')?.textContent?.trim()).toBe('Administration');
    expect(element.querySelector('main h2')?.textContent).toBe('Audit log');
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
    http.expectOne((request) => request.url === '/api/communes').flush(null, { status: 401, statusText: 'Unauthorized' });
    await new Promise((resolve) => setTimeout(resolve));

    expect(currentUrl()).toBe('/connexion?retour=%2Fcommunes');
    expect(TestBed.inject(AuthStore).user()).toBeNull();
  });
});
