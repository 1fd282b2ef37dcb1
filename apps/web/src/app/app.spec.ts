import { formatNumber } from '@angular/common';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import type { CommuneList } from '@bep/contracts';
import { NAV_LINKS } from '@bep/web/shell';
import { App } from './app';
import { appConfig } from './app.config';

describe('App', () => {
  async function open(url: string) {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
  });

  it('formats numbers in Belgian French', () => {
    const locale = TestBed.inject(LOCALE_ID);
    expect(locale).toBe('fr-BE');
    expect(formatNumber(110939, locale).replace(/\s/g, ' ')).toBe('110 939');
  });

  it('opens the communes page by default', async () => {
    const element = await open('/');
    const list: CommuneList = { items: [], total: 0, campaign: null };
    TestBed.inject(HttpTestingController).expectOne('/api/communes').flush(list);

    expect(TestBed.inject(Router).url).toBe('/communes');
    expect(TestBed.inject(Title).getTitle()).toBe('Communes · BEP Transition numérique');
    expect(element.querySelector('main h1')?.textContent).toBe('Communes');
  });

  it.each(NAV_LINKS.filter((link) => link.path !== '/communes'))(
    'says in French that $label is not available yet',
    async ({ path, label }) => {
      const element = await open(path);

      expect(element.querySelector('main h1')?.textContent).toBe(label);
      expect(element.querySelector('main p')?.textContent).toMatch(/pas encore disponible/);
      expect(TestBed.inject(Title).getTitle()).toBe(`${label} · BEP Transition numérique`);
    },
  );

  it('shows "Page introuvable" for an unknown address', async () => {
    const element = await open('/nulle-part');

    expect(element.querySelector('main h1')?.textContent).toBe('Page introuvable');
    expect(element.querySelector('nav a[href="/communes"]')).not.toBeNull();
  });
});
