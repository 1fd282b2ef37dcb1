import { aUser } from '@bep/web/auth/data-access/testing';
import { MatSidenav } from '@angular/material/sidenav';
import { By } from '@angular/platform-browser';
import { BreakpointObserver, BreakpointState } from '@angular/cdk/layout';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { DeferBlockState, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ROLES, type Role } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { of } from 'rxjs';
import { NAV_LINKS } from './nav-links';
import { COMPACT_LAYOUT_QUERY, Shell } from './shell';

@Component({ template: '<h1>Page</h1>' })
class StubPage {}

async function setup(compact = false, roles: Role[] = [...ROLES]) {
  const layout: Partial<BreakpointObserver> = {
    observe: (query) => {
      expect(query).toBe(COMPACT_LAYOUT_QUERY);
      return of<BreakpointState>({ matches: compact, breakpoints: {} });
    },
  };
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        ...NAV_LINKS.map((link) => ({ path: link.path.slice(1), component: StubPage })),
        { path: 'connexion', component: StubPage },
        { path: 'mot-de-passe', component: StubPage },
      ]),
      { provide: BreakpointObserver, useValue: layout },
      provideI18nTesting(),
    ],
  });
  const loaded = TestBed.inject(AuthStore).ensureLoaded();
  TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush({ user: aUser(roles) });
  await loaded;
  const fixture = TestBed.createComponent(Shell);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

function navLinks(element: HTMLElement): (string | null | undefined)[][] {
  const nav = element.querySelector('nav');
  return Array.from(nav?.querySelectorAll('a') ?? []).map((link) => [link.textContent?.trim(), link.getAttribute('href')]);
}

describe('Shell', () => {
  it('renders the product name in the header landmark', async () => {
    const { fixture, element } = await setup();
    await fixture.whenStable();

    expect(element.querySelector('header mat-toolbar')?.textContent).toContain('BEP Transition numérique');
    expect(element.querySelector('main#main-content')).not.toBeNull();
  });

  it('renders the French navigation links in the order of the spec for a user holding every role', async () => {
    const { fixture, element } = await setup();
    await fixture.whenStable();

    expect(navLinks(element)).toEqual([
      ['Tableau de bord', '/tableau-de-bord'],
      ['Pipeline', '/pipeline'],
      ['Communes', '/communes'],
      ['Mes communes', '/mes-communes'],
      ['Maturité numérique', '/maturite'],
      ['Consultants', '/consultants'],
      ['Factures', '/factures'],
      ['Rappels', '/rappels'],
      ['Campagnes', '/campagnes'],
      ['Administration', '/administration'],
    ]);
  });

  it('marks the link of the current page with aria-current', async () => {
    const { fixture, element } = await setup();
    await TestBed.inject(Router).navigateByUrl('/pipeline');
    await fixture.whenStable();

    const current = element.querySelectorAll('nav a[aria-current="page"]');
    expect(current).toHaveLength(1);
    expect(current[0].textContent?.trim()).toBe('Pipeline');
    expect(element.querySelector('main h1')?.textContent).toBe('Page');
  });

  it('offers a skip link that moves the focus to the main content', async () => {
    const { fixture, element } = await setup();
    await fixture.whenStable();

    const skip = element.querySelector<HTMLAnchorElement>('a.skip-link');
    expect(skip?.textContent).toBe('Aller au contenu principal');
    skip?.click();
    expect(document.activeElement).toBe(element.querySelector('main'));
  });

  it('keeps the navigation open beside the content on wide screens, without a menu button', async () => {
    const { fixture, element } = await setup(false);
    await fixture.whenStable();

    expect(element.querySelector('.menu-button')).toBeNull();
    expect(element.querySelector('mat-sidenav')?.classList).toContain('mat-drawer-side');
    expect(element.querySelector('mat-sidenav')?.classList).toContain('mat-drawer-opened');
  });

  it('turns the navigation into an overlay behind a menu button on compact screens', async () => {
    const { fixture, element } = await setup(true);
    await fixture.whenStable();

    const sidenav = element.querySelector('mat-sidenav');
    const menu = element.querySelector<HTMLButtonElement>('.menu-button');
    expect(sidenav?.classList).toContain('mat-drawer-over');
    expect(sidenav?.classList).not.toContain('mat-drawer-opened');
    expect(menu?.getAttribute('aria-expanded')).toBe('false');

    menu?.click();
    await fixture.whenStable();
    expect(sidenav?.classList).toContain('mat-drawer-opened');
    expect(menu?.getAttribute('aria-expanded')).toBe('true');

    element.querySelector<HTMLAnchorElement>('nav a[href="/factures"]')?.click();
    // Render the closed state now rather than wait for the scheduler, which a busy machine delays.
    fixture.detectChanges();
    await fixture.whenStable();
    // The drawer's state, not its CSS class: the class stays while the closing animation runs.
    expect(fixture.debugElement.query(By.directive(MatSidenav)).componentInstance.opened).toBe(false);
    expect(menu?.getAttribute('aria-expanded')).toBe('false');
  });

  it("stays closed on a compact screen when the drawer reports, late, an opening it had started wide", async () => {
    const { fixture, element } = await setup(true);
    await fixture.whenStable();
    const drawer = fixture.debugElement.query(By.directive(MatSidenav)).componentInstance as MatSidenav;
    // The end of an opening animation begun at a desktop's width, arriving once the window is a phone's.
    drawer.openedChange.emit(true);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(element.querySelector('.menu-button')?.getAttribute('aria-expanded')).toBe('false');
    expect(drawer.opened).toBe(false);
  });

  it('takes back a closing the drawer does itself (its backdrop, Escape)', async () => {
    const { fixture, element } = await setup(true);
    await fixture.whenStable();
    const menu = element.querySelector<HTMLButtonElement>('.menu-button');
    menu?.click();
    await fixture.whenStable();
    const drawer = fixture.debugElement.query(By.directive(MatSidenav)).componentInstance as MatSidenav;
    await drawer.close();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(menu?.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows a consultant only the pages their role may open: no invoices, no administration', async () => {
    const { fixture, element } = await setup(false, ['consultant']);
    await fixture.whenStable();

    expect(navLinks(element)).toEqual([
      ['Tableau de bord', '/tableau-de-bord'],
      ['Pipeline', '/pipeline'],
      ['Communes', '/communes'],
      ['Mes communes', '/mes-communes'],
      ['Maturité numérique', '/maturite'],
    ]);
  });

  it('shows finance the invoices and the administration (its seller identity), not the consultants', async () => {
    const { fixture, element } = await setup(false, ['finance']);
    await fixture.whenStable();

    const labels = navLinks(element).map(([label]) => label);
    expect(labels).toContain('Factures');
    expect(labels).not.toContain('Consultants');
    expect(labels).toContain('Administration');
  });

  it('shows the name and the roles of the signed-in user in the header', async () => {
    const { fixture, element } = await setup(false, ['manager', 'admin']);
    await fixture.whenStable();

    const account = element.querySelector('header .account');
    expect(account?.querySelector('.account-name')?.textContent).toBe('Marie Dupont');
    expect(account?.querySelector('.account-roles')?.textContent).toBe('Gestionnaire BEP, Administrateur');
  });

  it('signs out: revokes the session and goes back to /connexion', async () => {
    const { fixture, element } = await setup(false, ['manager']);
    await fixture.whenStable();

    const button = Array.from(element.querySelectorAll<HTMLButtonElement>('header button')).find(
      (candidate) => candidate.textContent?.trim() === 'Se déconnecter',
    );
    button?.click();
    const request = TestBed.inject(HttpTestingController).expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(TestBed.inject(AuthStore).user()).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/connexion');
    expect(element.querySelector('header .account')).toBeNull();
  });

  it('gathers the account and "Se déconnecter" in a menu on compact screens', async () => {
    const { fixture, element } = await setup(true, ['consultant']);
    await fixture.whenStable();

    expect(element.querySelector('header .account')).toBeNull();
    const account = element.querySelector<HTMLButtonElement>('.account-button');
    expect(account?.getAttribute('aria-label')).toBe('Mon compte (Marie Dupont)');
    account?.click();
    await fixture.whenStable();

    const menu = document.querySelector('.mat-mdc-menu-panel');
    expect(menu?.textContent).toContain('Marie Dupont');
    expect(menu?.textContent).toContain('Consultant');
    const items = Array.from(menu?.querySelectorAll('[mat-menu-item]') ?? []).map((item) => item.textContent?.trim());
    expect(items).toEqual(['Changer mon mot de passe', 'Se déconnecter']);
  });

  it('shows the notifications bell in the toolbar, loaded just after the page', async () => {
    const { fixture, element } = await setup(false, ['manager']);
    await fixture.whenStable();
    const [bell] = await fixture.getDeferBlocks();
    await bell.render(DeferBlockState.Complete);
    TestBed.inject(HttpTestingController)
      .expectOne('/api/notifications?limit=20')
      .flush({ items: [], total: 0, limit: 20, offset: 0, unread: 2 });
    await fixture.whenStable();

    expect(element.querySelector('header mat-toolbar button.bell')?.getAttribute('aria-label')).toBe('Notifications, 2 non lues');
  });

  it('switches the whole frame to English at once and back', async () => {
    const { fixture, element } = await setup(false, ['manager']);
    await fixture.whenStable();
    const switcher = element.querySelector<HTMLButtonElement>('button.language-button');
    expect(switcher?.textContent?.trim()).toBe('English');
    expect(switcher?.getAttribute('lang')).toBe('en');

    switcher?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(TestBed.inject(LanguageStore).language()).toBe('en');
    expect(navLinks(element).map(([label]) => label)).toEqual(['Dashboard', 'Pipeline', 'Municipalities', 'Digital maturity', 'Consultants', 'Invoices', 'Reminders', 'Campaigns', 'Administration']);
    expect(element.querySelector('.account-roles')?.textContent).toBe('BEP manager');
    expect(switcher?.textContent?.trim()).toBe('Français');

    switcher?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('.account-roles')?.textContent).toBe('Gestionnaire BEP');
  });
});
