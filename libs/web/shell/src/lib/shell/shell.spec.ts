import { BreakpointObserver, BreakpointState } from '@angular/cdk/layout';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { of } from 'rxjs';
import { NAV_LINKS } from './nav-links';
import { COMPACT_LAYOUT_QUERY, Shell } from './shell';

@Component({ template: '<h1>Page</h1>' })
class StubPage {}

function setup(compact = false) {
  const layout: Partial<BreakpointObserver> = {
    observe: (query) => {
      expect(query).toBe(COMPACT_LAYOUT_QUERY);
      return of<BreakpointState>({ matches: compact, breakpoints: {} });
    },
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter(NAV_LINKS.map((link) => ({ path: link.path.slice(1), component: StubPage }))),
      { provide: BreakpointObserver, useValue: layout },
    ],
  });
  const fixture = TestBed.createComponent(Shell);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe('Shell', () => {
  it('renders the product name in the header landmark', async () => {
    const { fixture, element } = setup();
    await fixture.whenStable();

    expect(element.querySelector('header mat-toolbar')?.textContent).toContain('BEP Transition numérique');
    expect(element.querySelector('main#main-content')).not.toBeNull();
  });

  it('renders the French navigation links in the order of the spec', async () => {
    const { fixture, element } = setup();
    await fixture.whenStable();

    const nav = element.querySelector('nav[aria-label="Navigation principale"]');
    const links = Array.from(nav?.querySelectorAll('a') ?? []).map((link) => [
      link.textContent?.trim(),
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Tableau de bord', '/tableau-de-bord'],
      ['Pipeline', '/pipeline'],
      ['Communes', '/communes'],
      ['Mes communes', '/mes-communes'],
      ['Consultants', '/consultants'],
      ['Factures', '/factures'],
      ['Rappels', '/rappels'],
      ['Administration', '/administration'],
    ]);
  });

  it('marks the link of the current page with aria-current', async () => {
    const { fixture, element } = setup();
    await TestBed.inject(Router).navigateByUrl('/pipeline');
    await fixture.whenStable();

    const current = element.querySelectorAll('nav a[aria-current="page"]');
    expect(current).toHaveLength(1);
    expect(current[0].textContent?.trim()).toBe('Pipeline');
    expect(element.querySelector('main h1')?.textContent).toBe('Page');
  });

  it('offers a skip link that moves the focus to the main content', async () => {
    const { fixture, element } = setup();
    await fixture.whenStable();

    const skip = element.querySelector<HTMLAnchorElement>('a.skip-link');
    expect(skip?.textContent).toBe('Aller au contenu principal');
    skip?.click();
    expect(document.activeElement).toBe(element.querySelector('main'));
  });

  it('keeps the navigation open beside the content on wide screens, without a menu button', async () => {
    const { fixture, element } = setup(false);
    await fixture.whenStable();

    expect(element.querySelector('.menu-button')).toBeNull();
    expect(element.querySelector('mat-sidenav')?.classList).toContain('mat-drawer-side');
    expect(element.querySelector('mat-sidenav')?.classList).toContain('mat-drawer-opened');
  });

  it('turns the navigation into an overlay behind a menu button on compact screens', async () => {
    const { fixture, element } = setup(true);
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
    await fixture.whenStable();
    expect(sidenav?.classList).not.toContain('mat-drawer-opened');
    expect(menu?.getAttribute('aria-expanded')).toBe('false');
  });
});
